import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** A mail written to MAIL_DIR (no SMTP configured). */
export interface StoredMail extends MailMessage {
  id: string;
  from: string;
  at: string;
}

const transports = new Map<string, Transporter>();

function transport(url: string): Transporter {
  let t = transports.get(url);
  if (!t) {
    t = nodemailer.createTransport(url);
    transports.set(url, t);
  }
  return t;
}

/**
 * Sends one mail through SMTP_URL, or — without SMTP (development, tests, demos) — writes it as a JSON file
 * under MAIL_DIR, where `GET /api/v1/dev/mail` lists it.
 */
export async function sendMail(config: Config, message: MailMessage): Promise<void> {
  if (config.SMTP_URL) {
    await transport(config.SMTP_URL).sendMail({ from: config.MAIL_FROM, ...message });
    return;
  }
  const at = new Date();
  // Sortable file names: time first, then randomness against collisions within a millisecond.
  const id = `${at.getTime().toString().padStart(15, '0')}-${crypto.randomBytes(4).toString('hex')}`;
  const stored: StoredMail = { id, from: config.MAIL_FROM, at: at.toISOString(), ...message };
  await fs.mkdir(config.MAIL_DIR, { recursive: true });
  await fs.writeFile(path.join(config.MAIL_DIR, `${id}.json`), JSON.stringify(stored, null, 2), {
    mode: 0o600,
  });
}

/** Mails written to MAIL_DIR, newest first. */
export async function listStoredMail(config: Config, limit = 50): Promise<StoredMail[]> {
  let names: string[];
  try {
    names = await fs.readdir(config.MAIL_DIR);
  } catch {
    return [];
  }
  const latest = names
    .filter((n) => n.endsWith('.json'))
    .sort()
    .reverse()
    .slice(0, limit);
  const mails = await Promise.all(
    latest.map(
      async (n) => JSON.parse(await fs.readFile(path.join(config.MAIL_DIR, n), 'utf8')) as StoredMail,
    ),
  );
  return mails;
}

/** Test helper: the newest mail written to MAIL_DIR for this address, if any. */
export async function lastMailTo(config: Config, address: string): Promise<StoredMail | undefined> {
  const to = address.trim().toLowerCase();
  return (await listStoredMail(config, 1000)).find((m) => m.to.toLowerCase() === to);
}
