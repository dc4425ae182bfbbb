// Fails loudly when npm scripts run on a Node older than 24: the `node` devDependency
// installs Node 24 into node_modules/.bin, which npm puts first on PATH for every script.
// Plain JavaScript on purpose, so it can speak even on the old Node it rejects.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `Linebreak needs Node.js 24 but this script ran on ${process.version}.\n` +
      'Run `npm install` (without --ignore-scripts): it installs Node 24 from the `node` devDependency.\n' +
      'If scripts were blocked, run `npm install-scripts approve node` and install again.',
  );
  process.exit(1);
}
