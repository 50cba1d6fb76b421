/**
 * The local chat-completions server in a process of its own, so that the benchmark measures the
 * drafter's overhead and not the fake server's work on the same event loop.
 *   node --import tsx bench/chat-server-process.ts 1000   → prints its base URL, serves until killed
 */
import { startChatServer } from '../tests/support/chat-server.js';

const server = await startChatServer({ latencyMs: Number(process.argv[2] ?? 1000) });
process.stdout.write(`${server.baseURL}\n`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
