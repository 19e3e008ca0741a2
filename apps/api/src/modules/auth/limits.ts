import type { Config } from '../../config.js';
import type { Limit } from '../../middleware/rate-limit.js';

/** The throttles of this module; counters in MongoDB (middleware/rate-limit.ts). */
export function authLimits(config: Config) {
  const window = config.RATE_LIMIT_WINDOW_MINUTES * 60_000;
  return {
    loginAccount: { name: 'login:account', max: config.LOGIN_MAX_PER_ACCOUNT, windowMs: window },
    loginIp: { name: 'login:ip', max: config.LOGIN_MAX_PER_IP, windowMs: window },
    secondFactor: { name: 'totp:user', max: 5, windowMs: window },
    passwordChange: { name: 'password:user', max: 5, windowMs: window },
    resetEmail: { name: 'reset:email', max: 3, windowMs: 3_600_000 },
    resetIp: { name: 'reset:ip', max: 20, windowMs: 3_600_000 },
    tokenIp: { name: 'token:ip', max: 30, windowMs: window },
  } satisfies Record<string, Limit>;
}
