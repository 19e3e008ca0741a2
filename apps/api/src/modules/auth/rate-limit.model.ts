import mongoose, { Schema } from 'mongoose';

/** One fixed-window counter per key (`login:ip:…`, `login:account:…`); windows come from `windowStart`. */
export interface RateLimitDoc {
  _id: string;
  count: number;
  windowStart: Date;
}

const rateLimitSchema = new Schema<RateLimitDoc>(
  {
    _id: { type: String, required: true },
    count: { type: Number, required: true },
    windowStart: { type: Date, required: true },
  },
  { collection: 'rate_limits', versionKey: false },
);

export const RateLimitModel = mongoose.model<RateLimitDoc>('RateLimit', rateLimitSchema);
