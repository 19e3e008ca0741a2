/* global rs, db, quit, sleep -- mongosh globals */
// Initiates the MongoDB replica set "rs0" of docker/compose.yaml, once: run again (every `docker compose up`),
// it finds the set already initiated and only waits for a primary. Run by the mongo-init service:
//   mongosh --host mongo1:27017 --quiet --file /scripts/init-replica-set.js
const config = {
  _id: 'rs0',
  members: [
    { _id: 0, host: 'mongo1:27017', priority: 2 },
    { _id: 1, host: 'mongo2:27017', priority: 1 },
    { _id: 2, host: 'mongo3:27017', priority: 1 },
  ],
};

try {
  const status = rs.status();
  print(`replica set ${status.set} already initiated (${status.members.length} members)`);
} catch (err) {
  if (err.codeName !== 'NotYetInitialized' && err.code !== 94) throw err;
  rs.initiate(config);
  print('replica set rs0 initiated');
}

for (let i = 0; i < 120; i++) {
  const hello = db.hello();
  if (hello.primary) {
    print(`primary: ${hello.primary}`);
    quit(0);
  }
  sleep(1000);
}
print('no primary elected within 120 s');
quit(1);
