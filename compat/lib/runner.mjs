// A tiny sequential test runner: checks run in order, share state, and a check whose
// prerequisite failed fails too, naming it. The last line printed is "N passed, N failed".
import { inspect } from "node:util";

import { last } from "./wire.mjs";

const checks = [];

/** Registers a check; `needs` lists the names of checks that must have passed first. */
export function check(name, fn, { needs = [] } = {}) {
  checks.push({ name, fn, needs });
}

/** Runs the checks in order; prints the notes, then the closing line; tells whether all passed. */
export async function run({ notes = () => [] } = {}) {
  const passed = new Set();
  let failed = 0;
  for (const { name, fn, needs } of checks) {
    const missing = needs.filter((need) => !passed.has(need));
    if (missing.length > 0) {
      failed++;
      console.log(`not ok - ${name}\n    needs: ${missing.join(", ")}`);
      continue;
    }
    try {
      await fn();
      passed.add(name);
      console.log(`ok - ${name}`);
    } catch (error) {
      failed++;
      console.log(`not ok - ${name}\n    ${describe(error).replaceAll("\n", "\n    ")}`);
    }
  }
  notes().forEach((note) => console.log(`# ${note}`));
  console.log(`${passed.size} passed, ${failed} failed`);
  return failed === 0;
}

function describe(error) {
  if (error?.statusCode !== undefined) {
    const body = typeof error.body === "string" ? error.body : JSON.stringify(error.body);
    return `${error.constructor.name} ${error.statusCode}: ${body}`;
  }
  const message = error instanceof Error ? error.message : inspect(error);
  if (error?.name === "AssertionError" && !message.includes("got success")) {
    return message;
  }
  return `${message}\nlast answer: ${last.status} ${typeof last.body === "string" ? last.body : JSON.stringify(last.body)}`;
}
