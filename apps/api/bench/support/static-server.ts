// A plain static file server (serve-static, as express.static) for benchmark comparisons.
// Usage: node --import tsx static-server.ts <dir> <port>
import express from 'express';

const [dir, port] = process.argv.slice(2);
if (!dir || !port) throw new Error('usage: static-server.ts <dir> <port>');
const app = express();
app.use(express.static(dir));
app.listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
