// Runs every server audit of graphql-http against the GraphQL endpoint
// given as the first argument, prints each result, and exits with 1 when
// a MUST or a SHOULD audit fails (MAY audits are reported only).
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs URL');
  process.exit(2);
}

let failed = 0;
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  const level = audit.name.split(' ')[0];
  if (result.status === 'ok') {
    console.log(`ok    ${audit.name}`);
  } else if (level === 'MAY') {
    console.log(`note  ${audit.name}: ${result.reason}`);
  } else {
    failed++;
    console.log(`FAIL  ${audit.name}: ${result.reason}`);
  }
}
console.log(failed === 0 ? 'all MUST and SHOULD audits pass' : `${failed} MUST or SHOULD audits fail`);
process.exit(failed === 0 ? 0 : 1);
