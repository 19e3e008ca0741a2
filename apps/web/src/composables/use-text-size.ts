import { ref } from 'vue';
import { dropSnapshots } from '../data/snapshots';

export const TEXT_SIZES = [1, 2, 3] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

const STORAGE_KEY = 'reperes.textSize';

function stored(): TextSize {
  try {
    const value = Number(localStorage.getItem(STORAGE_KEY));
    return (TEXT_SIZES as readonly number[]).includes(value) ? (value as TextSize) : 1;
  } catch {
    return 1;
  }
}

const size = ref<TextSize>(stored());

function apply(value: TextSize): void {
  if (value === 1) delete document.documentElement.dataset.textSize;
  else document.documentElement.dataset.textSize = String(value);
}

/** Applies the remembered size before the first paint (styles/base.css scales the root font size). */
export function applyStoredTextSize(): void {
  apply(size.value);
}

/** Text size in three steps, remembered on the device. */
export function useTextSize() {
  function setSize(value: TextSize): void {
    // Pages and fiche frames kept at the former size must not show first next time (data/snapshots.ts).
    if (value !== size.value) void dropSnapshots(true);
    size.value = value;
    apply(value);
    try {
      localStorage.setItem(STORAGE_KEY, String(value));
    } catch {
      // Unavailable storage: the size lasts for this visit.
    }
  }
  return { size, setSize };
}
