// `npm run invite -- --email ana@example.org --name "Ana Martin" --roles admin[,editor] [--languages ar,fa]`
// Creates the first accounts of a new site (or any account, from the server's shell): an expiring,
// single-use invitation is emailed — without SMTP, written under DATA_DIR/mail — and the person
// chooses their password (and second factor) on the invitation page. Stop the server first when it
// uses the embedded database (one process owns its data folder).
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { inviteRequestSchema } from '@reperes/shared';
import { loadConfig } from '../../config.js';
import { connectDatabase } from '../../db/connect.js';
import { inviteUser } from './users.service.js';

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    roles: { type: 'string', default: 'admin' },
    languages: { type: 'string', default: '' },
  },
});
const list = (s: string | undefined) => (s ?? '').split(',').filter(Boolean);
const request = inviteRequestSchema.safeParse({
  email: values.email,
  name: values.name,
  roles: list(values.roles),
  languages: list(values.languages),
  organisationIds: [],
});
if (!request.success) {
  console.error(
    `Invalid invitation: ${request.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
  );
  process.exit(2);
}

const config = loadConfig();
const db = await connectDatabase(config, pino({ level: 'warn' }));
try {
  const invite = await inviteUser(config, { ip: 'cli' }, request.data);
  console.log(
    `Invitation for ${invite.email} sent${config.SMTP_URL ? '' : ` (written to ${config.MAIL_DIR})`}; it expires ${invite.expiresAt}.`,
  );
} finally {
  await db.close();
}
