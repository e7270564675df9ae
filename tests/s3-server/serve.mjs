// An S3-compatible server on loopback for the tests: `node serve.mjs <data folder>` prints "listening on <port>" once
// it answers, and stops when its standard input closes, so it never outlives the test process that started it.
import S3rver from 's3rver';

const directory = process.argv[2];
if (!directory) {
  console.error('usage: node serve.mjs <data folder>');
  process.exit(2);
}

const server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true, vhostBuckets: false });
const { port } = await server.run();
console.log(`listening on ${port}`);

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
