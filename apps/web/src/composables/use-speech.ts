import { computed, readonly, ref, shallowRef } from 'vue';
import { getLanguage, type LanguageCode } from '../languages';

/** One part read aloud: a section item, or the fiche's title and summary. */
export interface SpeechPart {
  id: string;
  label: string;
  lang: LanguageCode;
  text: string;
}

export const SPEECH_RATES = [0.75, 1, 1.25] as const;
export type SpeechRate = (typeof SPEECH_RATES)[number];

const supported = typeof window !== 'undefined' && 'speechSynthesis' in window;
const voices = shallowRef<SpeechSynthesisVoice[]>([]);
const state = ref<'idle' | 'playing' | 'paused'>('idle');
const parts = shallowRef<SpeechPart[]>([]);
const index = ref(0);
const rate = ref<SpeechRate>(1);
// Each utterance carries the run it belongs to: `cancel()` fires `end` on the old one, which must not
// start the next part of a run that was stopped or skipped.
let run = 0;

function loadVoices(): void {
  voices.value = window.speechSynthesis.getVoices();
}

if (supported) {
  loadVoices();
  // Chrome fills the list asynchronously.
  window.speechSynthesis.addEventListener('voiceschanged', loadVoices);
}

function primary(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

function voiceFor(lang: LanguageCode): SpeechSynthesisVoice | undefined {
  const { bcp47 } = getLanguage(lang);
  const exact = voices.value.find((v) => v.lang.toLowerCase() === bcp47.toLowerCase());
  return exact ?? voices.value.find((v) => primary(v.lang) === primary(bcp47));
}

/** Splits long text into sentences: some engines stop reading a single utterance after ~15 seconds. */
function chunks(text: string): string[] {
  const sentences = text.match(/[^.!?؟።\n]+[.!?؟።]*/gu) ?? [text];
  const out: string[] = [];
  for (const sentence of sentences.map((s) => s.trim()).filter(Boolean)) {
    const last = out.at(-1);
    if (last !== undefined && last.length + sentence.length < 180)
      out[out.length - 1] = `${last} ${sentence}`;
    else out.push(sentence);
  }
  return out;
}

function speakPart(at: number, id: number): void {
  const part = parts.value[at];
  if (!part) {
    state.value = 'idle';
    return;
  }
  index.value = at;
  const pieces = chunks(`${part.label}.\n${part.text}`);
  const voice = voiceFor(part.lang);
  pieces.forEach((piece, i) => {
    const utterance = new SpeechSynthesisUtterance(piece);
    utterance.lang = getLanguage(part.lang).bcp47;
    if (voice) utterance.voice = voice;
    utterance.rate = rate.value;
    if (i === pieces.length - 1) {
      utterance.addEventListener('end', () => {
        if (id === run && state.value !== 'idle') speakPart(at + 1, id);
      });
    }
    utterance.addEventListener('error', (event) => {
      if (id === run && event.error !== 'interrupted' && event.error !== 'canceled') state.value = 'idle';
    });
    window.speechSynthesis.speak(utterance);
  });
}

function start(list: SpeechPart[], from = 0): void {
  if (!supported || list.length === 0) return;
  window.speechSynthesis.cancel();
  run += 1;
  parts.value = list;
  state.value = 'playing';
  speakPart(from, run);
}

/** Text of sanitized HTML (the API's), for reading aloud. */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('li, p, h3, h4, br').forEach((el) => el.append('\n'));
  return (doc.body.textContent ?? '').replace(/\n\s*\n+/g, '\n').trim();
}

/** Read aloud with the Web Speech API: one player for the whole app (a fiche, or one of its parts). */
export function useSpeech() {
  return {
    supported,
    state: readonly(state),
    rate,
    current: computed(() => (state.value === 'idle' ? undefined : parts.value[index.value])),
    hasNext: computed(() => index.value < parts.value.length - 1),
    /** Whether the device has a voice for the language (the list can fill in late: reactive). */
    hasVoice: (lang: LanguageCode) => voiceFor(lang) !== undefined,
    play: start,
    pause(): void {
      window.speechSynthesis.pause();
      state.value = 'paused';
    },
    resume(): void {
      window.speechSynthesis.resume();
      state.value = 'playing';
    },
    next(): void {
      if (index.value < parts.value.length - 1) start(parts.value, index.value + 1);
    },
    stop(): void {
      run += 1;
      state.value = 'idle';
      if (supported) window.speechSynthesis.cancel();
    },
    setRate(value: SpeechRate): void {
      rate.value = value;
      // The rate of an utterance is fixed once queued: restart the current part at the new speed.
      if (state.value === 'playing') start(parts.value, index.value);
    },
  };
}
