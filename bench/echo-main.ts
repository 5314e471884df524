/**
 * The echo bot as its own program, started like `npm start` starts Veiviser (built JavaScript, the PORT and HOST
 * variables), so cold start and idle memory compare the two programs and not the benchmark's own harness.
 */
import { createEchoServer } from './echo-bot';

const server = createEchoServer();
server.listen(Number(process.env.PORT ?? 3979), process.env.HOST ?? '127.0.0.1');
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
