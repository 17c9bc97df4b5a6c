// Drives a running entity-group-service through every Entity Group call of the official
// Mercoa SDK, as API.md describes them. Env: BASE_URL, API_KEY, TOKEN_SECRET (to verify
// token signatures), optional TOKEN_ISSUER and TOKEN_AUDIENCE.
import { randomBytes } from "node:crypto";

import { Mercoa, MercoaClient } from "@mercoa/javascript";
import { decodeProtectedHeader, jwtVerify } from "jose";

import "./lib/wire.mjs";
import { assert, isDate, isPage, matchesId, rejectsWith, untypedErrors } from "./lib/expect.mjs";
import { check, run } from "./lib/runner.mjs";

const baseUrl = required("BASE_URL");
const apiKey = required("API_KEY");
const tokenSecret = process.env.TOKEN_SECRET;
const issuer = process.env.TOKEN_ISSUER ?? "entity-group-service";
const audience = process.env.TOKEN_AUDIENCE ?? "entity-group-embed";

const runId = randomBytes(4).toString("hex");
const api = new MercoaClient({ baseUrl, token: apiKey });
const as = (token) => new MercoaClient({ baseUrl, token });
const fid = (name) => `compat-${runId}-${name}`;

// What the checks create and hand on to later checks.
const the = {};

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`Set ${name}.`);
    process.exit(2);
  }
  return value;
}

function business(foreignId, name) {
  return {
    foreignId,
    isCustomer: true,
    accountType: "business",
    profile: {
      business: {
        legalBusinessName: name,
        email: `ap@${foreignId}.example`,
        phone: { countryCode: "1", number: "4155550100" },
        address: {
          addressLine1: "1 Market St", city: "San Francisco", stateOrProvince: "CA", postalCode: "94105", country: "US",
        },
      },
    },
    isPayor: true,
    isPayee: false,
    metadata: { region: "west" },
  };
}

function individual(foreignId) {
  return {
    foreignId,
    isCustomer: false,
    accountType: "individual",
    profile: { individual: { name: { firstName: "Ada", lastName: "Lovelace" }, email: `ada@${foreignId}.example` } },
    isPayor: false,
    isPayee: true,
  };
}

function isEntity(entity) {
  matchesId(entity.id, "ent");
  for (const field of ["isCustomer", "isPayor", "isPayee", "isNetworkPayor", "isNetworkPayee", "acceptedTos"]) {
    assert.equal(typeof entity[field], "boolean", `${field} is a boolean`);
  }
  assert.equal(typeof entity.name, "string");
  assert.equal(typeof entity.email, "string");
  isDate(entity.createdAt, "createdAt");
  isDate(entity.updatedAt, "updatedAt");
}

function isGroupUser(user, foreignId) {
  assert.equal(user.foreignId, foreignId);
  assert.ok(Array.isArray(user.entities), "entities is a list");
  for (const entry of user.entities) {
    matchesId(entry.id, "user");
    matchesId(entry.entityId, "ent");
    assert.ok(Array.isArray(entry.roles), "roles is a list");
  }
  isDate(user.createdAt, "createdAt");
  isDate(user.updatedAt, "updatedAt");
}

async function verifyToken(token, expected) {
  assert.equal(typeof token, "string", "the token is a JSON string");
  assert.equal(token.split(".").length, 3, "the token is a compact JWT");
  const header = decodeProtectedHeader(token);
  assert.equal(header.alg, "HS256");
  assert.equal(header.typ, "JWT");
  assert.ok(header.kid, "the header names the key (kid)");
  assert.ok(tokenSecret, "TOKEN_SECRET is set, so the signature can be checked");
  const secret = tokenSecret.startsWith("base64:") ? Buffer.from(tokenSecret.slice(7), "base64")
    : new TextEncoder().encode(tokenSecret);
  const { payload } = await jwtVerify(token, secret, { algorithms: ["HS256"], issuer, audience });
  assert.equal(typeof payload.jti, "string", "jti is set");
  assert.equal(typeof payload.iat, "number", "iat is set");
  for (const [claim, value] of Object.entries(expected)) {
    assert.deepEqual(payload[claim], value, `claim ${claim}`);
  }
  return payload;
}

// Authentication

check("rejects an unknown API key with Unauthorized", async () => {
  await rejectsWith(Mercoa.Unauthorized, () => as(`not-a-key-${runId}`).entity.find());
});

// Entities

check("entity.create creates a business entity", async () => {
  const entity = await api.entity.create(business(fid("acme"), "Acme Holdings"));
  isEntity(entity);
  assert.equal(entity.foreignId, fid("acme"));
  assert.equal(entity.name, "Acme Holdings");
  assert.equal(entity.email, `ap@${fid("acme")}.example`);
  assert.equal(entity.accountType, "business");
  assert.equal(entity.status, "unverified");
  assert.equal(entity.acceptedTos, false);
  assert.equal(entity.profile.business.legalBusinessName, "Acme Holdings");
  assert.equal(entity.profile.business.taxIdProvided, false);
  assert.deepEqual(entity.metadata, { region: "west" });
  the.acme = entity;
});

check("entity.create creates an individual entity", async () => {
  const entity = await api.entity.create(individual(fid("ada")));
  isEntity(entity);
  assert.equal(entity.name, "Ada Lovelace");
  assert.equal(entity.accountType, "individual");
  assert.equal(entity.profile.individual.governmentIdProvided, false);
  the.ada = entity;
});

check("entity.create creates more entities for the group", async () => {
  the.beta = await api.entity.create(business(fid("beta"), "Beta Supplies"));
  the.gamma = await api.entity.create(business(fid("gamma"), "Gamma Freight"));
  the.delta = await api.entity.create(business(fid("delta"), "Delta Mills"));
});

check("entity.create answers Conflict for a taken foreignId", async () => {
  await rejectsWith(Mercoa.Conflict, () => api.entity.create(business(fid("acme"), "Acme Again")));
}, { needs: ["entity.create creates a business entity"] });

check("entity.create answers BadRequest for a profile that does not match accountType", async () => {
  const request = { ...individual(fid("mismatch")), accountType: "business" };
  const error = await rejectsWith(Mercoa.BadRequest, () => api.entity.create(request));
  assert.equal(error.statusCode, 400);
});

check("entity.get reads an entity by id and by foreignId", async () => {
  assert.equal((await api.entity.get(the.acme.id)).id, the.acme.id);
  assert.equal((await api.entity.get(fid("acme"))).id, the.acme.id);
}, { needs: ["entity.create creates a business entity"] });

check("entity.get answers NotFound for an unknown entity", async () => {
  await rejectsWith(Mercoa.NotFound, () => api.entity.get(fid("nobody")), fid("nobody"));
});

check("entity.update changes the fields it is given", async () => {
  const updated = await api.entity.update(the.acme.id, { isPayee: true, metadata: { region: "east" } });
  assert.equal(updated.isPayee, true);
  assert.equal(updated.isPayor, true);
  assert.deepEqual(updated.metadata, { region: "east" });
  assert.equal(updated.name, "Acme Holdings");
}, { needs: ["entity.create creates a business entity"] });

check("entity.find filters by foreignId and search, and pages", async () => {
  const byForeignId = await api.entity.find({ foreignId: [fid("acme"), fid("ada")] });
  isPage(byForeignId);
  assert.equal(byForeignId.count, 2);
  assert.deepEqual(byForeignId.data.map((entity) => entity.id).sort(), [the.acme.id, the.ada.id].sort());

  const bySearch = await api.entity.find({ search: "acme holdings", foreignId: fid("acme") });
  assert.deepEqual(bySearch.data.map((entity) => entity.id), [the.acme.id]);

  const ours = [fid("acme"), fid("ada"), fid("beta")];
  const first = await api.entity.find({ foreignId: ours, limit: 2 });
  assert.equal(first.count, 3);
  assert.equal(first.hasMore, true);
  const second = await api.entity.find({ foreignId: ours, limit: 2, startingAfter: first.data[1].id });
  assert.equal(second.hasMore, false);
  assert.equal(second.data.length, 1);
}, { needs: ["entity.create creates an individual entity", "entity.create creates more entities for the group"] });

check("entity.find answers BadRequest for a limit over 100", async () => {
  await rejectsWith(Mercoa.BadRequest, () => api.entity.find({ limit: 101 }));
});

// Entity users

check("entity.user.create adds a user to an entity", async () => {
  const user = await api.entity.user.create(the.beta.id, {
    foreignId: fid("bob"), email: "bob@example.com", name: "Bob Stone", roles: ["admin", "approver"],
  });
  matchesId(user.id, "user");
  assert.equal(user.foreignId, fid("bob"));
  assert.deepEqual(user.roles, ["admin", "approver"]);
  isDate(user.createdAt, "createdAt");
  the.bob = user;
}, { needs: ["entity.create creates more entities for the group"] });

check("entity.user.create answers Conflict for a foreignId taken in that entity", async () => {
  await rejectsWith(Mercoa.Conflict, () => api.entity.user.create(the.beta.id, { foreignId: fid("bob") }));
}, { needs: ["entity.user.create adds a user to an entity"] });

check("entity.user.get reads a user", async () => {
  const user = await api.entity.user.get(the.beta.id, the.bob.id);
  assert.equal(user.email, "bob@example.com");
}, { needs: ["entity.user.create adds a user to an entity"] });

check("entity.user.update changes roles", async () => {
  const user = await api.entity.user.update(the.beta.id, the.bob.id, { roles: ["viewer"] });
  assert.deepEqual(user.roles, ["viewer"]);
  assert.equal(user.name, "Bob Stone");
}, { needs: ["entity.user.create adds a user to an entity"] });

check("entity.user.find filters by role and foreignId", async () => {
  const viewers = await api.entity.user.find(the.beta.id, { role: "viewer" });
  isPage(viewers);
  assert.deepEqual(viewers.data.map((user) => user.id), [the.bob.id]);
  const nobody = await api.entity.user.find(the.beta.id, { foreignId: fid("nobody") });
  assert.equal(nobody.count, 0);
}, { needs: ["entity.user.update changes roles"] });

check("entity.user.delete removes a user", async () => {
  const temp = await api.entity.user.create(the.beta.id, { foreignId: fid("temp"), roles: [] });
  await api.entity.user.delete(the.beta.id, temp.id);
  await rejectsWith(Mercoa.NotFound, () => api.entity.user.get(the.beta.id, temp.id), temp.id);
}, { needs: ["entity.create creates more entities for the group"] });

// Entity groups

check("entityGroup.create creates a group of entities named by id or foreignId", async () => {
  const group = await api.entityGroup.create({
    foreignId: fid("group"), name: `Acme Group ${runId}`, emailToName: `acme-${runId}`, metadata: { tier: "gold" },
    entityIds: [the.acme.id, fid("beta")],
  });
  matchesId(group.id, "entg");
  assert.equal(group.foreignId, fid("group"));
  assert.deepEqual(group.metadata, { tier: "gold" });
  assert.deepEqual(group.entities.map((entity) => entity.id), [the.acme.id, the.beta.id]);
  group.entities.forEach(isEntity);
  the.group = group;
}, { needs: ["entity.create creates a business entity", "entity.create creates more entities for the group"] });

check("entityGroup.create answers Conflict for a taken foreignId", async () => {
  await rejectsWith(Mercoa.Conflict, () => api.entityGroup.create({ foreignId: fid("group") }));
}, { needs: ["entityGroup.create creates a group of entities named by id or foreignId"] });

check("entityGroup.create answers NotFound for an unknown entity", async () => {
  await rejectsWith(Mercoa.NotFound, () => api.entityGroup.create({ entityIds: [fid("nobody")] }), fid("nobody"));
});

check("entityGroup.get reads a group by id and by foreignId", async () => {
  assert.equal((await api.entityGroup.get(the.group.id)).id, the.group.id);
  const byForeignId = await api.entityGroup.get(fid("group"));
  assert.equal(byForeignId.id, the.group.id);
  assert.equal(byForeignId.entities.length, 2);
}, { needs: ["entityGroup.create creates a group of entities named by id or foreignId"] });

check("entityGroup.get answers NotFound for an unknown group", async () => {
  await rejectsWith(Mercoa.NotFound, () => api.entityGroup.get(fid("no-group")), fid("no-group"));
});

check("entityGroup.update changes name and metadata", async () => {
  const group = await api.entityGroup.update(the.group.id, { name: `Acme Group ${runId} renamed`, metadata: {} });
  assert.equal(group.name, `Acme Group ${runId} renamed`);
  assert.deepEqual(group.metadata, {});
  assert.equal(group.foreignId, fid("group"));
}, { needs: ["entityGroup.create creates a group of entities named by id or foreignId"] });

check("entityGroup.getAll finds the group by search and pages", async () => {
  const found = await api.entityGroup.getAll({ search: `acme group ${runId}` });
  isPage(found);
  assert.deepEqual(found.data.map((group) => group.id), [the.group.id]);
  assert.equal(found.count, 1);
  const page = await api.entityGroup.getAll({ limit: 1 });
  assert.equal(page.data.length, 1);
}, { needs: ["entityGroup.update changes name and metadata"] });

check("entityGroup.getAll answers BadRequest for a limit of 0", async () => {
  await rejectsWith(Mercoa.BadRequest, () => api.entityGroup.getAll({ limit: 0 }));
});

check("entityGroup.addEntities adds entities and ignores ones already in", async () => {
  const group = await api.entityGroup.addEntities(the.group.id, { entityIds: [fid("gamma"), the.acme.id] });
  assert.deepEqual(group.entities.map((entity) => entity.id), [the.acme.id, the.beta.id, the.gamma.id]);
}, { needs: ["entityGroup.create creates a group of entities named by id or foreignId"] });

check("entityGroup.addEntities answers NotFound for an unknown entity and changes nothing", async () => {
  await rejectsWith(Mercoa.NotFound,
    () => api.entityGroup.addEntities(the.group.id, { entityIds: [the.ada.id, fid("nobody")] }), fid("nobody"));
  const group = await api.entityGroup.get(the.group.id);
  assert.ok(!group.entities.some((entity) => entity.id === the.ada.id), "nothing was added");
}, { needs: ["entityGroup.addEntities adds entities and ignores ones already in"] });

check("entityGroup.removeEntities removes entities", async () => {
  await api.entityGroup.addEntities(the.group.id, { entityIds: [the.ada.id] });
  const group = await api.entityGroup.removeEntities(the.group.id, { entityIds: [the.ada.id, the.delta.id] });
  assert.deepEqual(group.entities.map((entity) => entity.id), [the.acme.id, the.beta.id, the.gamma.id]);
}, { needs: ["entityGroup.addEntities adds entities and ignores ones already in"] });

check("entityGroup.addEntities copies users with filterRoles from an entity in the group", async () => {
  await api.entity.user.create(the.beta.id, { foreignId: fid("carol"), name: "Carol", roles: ["approver"] });
  const group = await api.entityGroup.addEntities(the.group.id, {
    entityIds: [the.ada.id], copyUsersFrom: the.beta.id, filterRoles: ["approver"],
  });
  assert.equal(group.entities.length, 4);
  const users = await api.entity.user.find(the.ada.id);
  assert.deepEqual(users.data.map((user) => user.foreignId), [fid("carol")]);
  assert.deepEqual(users.data[0].roles, ["approver"]);
  await api.entityGroup.removeEntities(the.group.id, { entityIds: [the.ada.id] });
}, { needs: ["entityGroup.removeEntities removes entities", "entity.user.update changes roles"] });

// Group users

check("entityGroup.user.create adds a user to every entity of the group", async () => {
  const user = await api.entityGroup.user.create(the.group.id, {
    foreignId: fid("dana"), email: "dana@example.com", name: "Dana Reyes", roles: ["viewer"],
    entities: [{ entityId: the.acme.id, roles: ["admin"] }],
  });
  isGroupUser(user, fid("dana"));
  assert.deepEqual(user.entities.map((entry) => entry.entityId).sort(),
    [the.acme.id, the.beta.id, the.gamma.id].sort());
  const roles = Object.fromEntries(user.entities.map((entry) => [entry.entityId, entry.roles]));
  assert.deepEqual(roles[the.acme.id], ["admin"]);
  assert.deepEqual(roles[the.gamma.id], ["viewer"]);
  the.dana = user;
}, { needs: ["entityGroup.removeEntities removes entities"] });

check("entityGroup.user.get reads a group user", async () => {
  const user = await api.entityGroup.user.get(the.group.id, fid("dana"));
  isGroupUser(user, fid("dana"));
  assert.equal(user.email, "dana@example.com");
}, { needs: ["entityGroup.user.create adds a user to every entity of the group"] });

check("entityGroup.user.get answers NotFound for an unknown user", async () => {
  await rejectsWith(Mercoa.NotFound, () => api.entityGroup.user.get(the.group.id, fid("nobody")), fid("nobody"));
}, { needs: ["entityGroup.create creates a group of entities named by id or foreignId"] });

check("entityGroup.user.update changes roles on every entity", async () => {
  const user = await api.entityGroup.user.update(the.group.id, fid("dana"), {
    foreignId: fid("dana"), name: "Dana R.", roles: ["approver"],
  });
  assert.equal(user.name, "Dana R.");
  assert.ok(user.entities.every((entry) => entry.roles.includes("approver")), "every entity has the new role");
}, { needs: ["entityGroup.user.create adds a user to every entity of the group"] });

check("entityGroup.user.create updates an existing foreignId (upsert)", async () => {
  const user = await api.entityGroup.user.create(the.group.id, { foreignId: fid("dana"), email: "dana@corp.example" });
  assert.equal(user.email, "dana@corp.example");
  const page = await api.entityGroup.user.find(the.group.id, { foreignId: fid("dana") });
  assert.equal(page.count, 1);
}, { needs: ["entityGroup.user.update changes roles on every entity"] });

check("entityGroup.user.find lists group users by foreignId and filters", async () => {
  const all = await api.entityGroup.user.find(the.group.id);
  isPage(all);
  const ids = all.data.map((user) => user.foreignId);
  assert.ok(ids.includes(fid("dana")), "dana is listed");
  assert.deepEqual(ids, [...ids].sort(), "ordered by foreignId");
  const approvers = await api.entityGroup.user.find(the.group.id, { role: "approver", email: "corp.example" });
  assert.deepEqual(approvers.data.map((user) => user.foreignId), [fid("dana")]);
}, { needs: ["entityGroup.user.create updates an existing foreignId (upsert)"] });

check("entityGroup.user.sync adds the source's users to group entities that lack them", async () => {
  await api.entityGroup.addEntities(the.group.id, { entityIds: [the.delta.id] });
  await api.entityGroup.user.sync(the.group.id, { copyUsersFrom: the.acme.id, addUsers: true, removeUsers: false });
  const user = await api.entityGroup.user.get(the.group.id, fid("dana"));
  assert.ok(user.entities.some((entry) => entry.entityId === the.delta.id), "dana was copied to delta");
}, { needs: ["entityGroup.user.find lists group users by foreignId and filters"] });

// Tokens

check("entityGroup.getToken issues an HS256 group token with the documented claims", async () => {
  const token = await api.entityGroup.getToken(the.group.id, { expiresIn: "1h", sessionId: `s-${runId}` });
  const claims = await verifyToken(token, {
    tokenType: "entityGroup", entityGroupId: the.group.id, sub: the.group.id, sessionId: `s-${runId}`,
  });
  assert.equal(claims.exp - claims.iat, 3600);
  the.groupToken = token;
}, { needs: ["entityGroup.create creates a group of entities named by id or foreignId"] });

check("entityGroup.user.getToken issues an HS256 user token with the documented claims", async () => {
  const options = {
    expiresIn: "2h",
    pages: { paymentMethods: true, approvals: false },
    style: { primaryColor: "#0a7f5c" },
    vendors: { network: "platform", disableCreation: true },
    invoice: { status: ["DRAFT", "NEW"], lineItems: "OPTIONAL" },
    entity: { enableMercoaPayments: true },
    sessionId: `u-${runId}`,
  };
  const token = await api.entityGroup.user.getToken(the.group.id, fid("dana"), options);
  const claims = await verifyToken(token, {
    tokenType: "entityGroupUser", entityGroupId: the.group.id, sub: fid("dana"), userForeignId: fid("dana"),
    style: options.style, pages: options.pages, vendors: options.vendors, invoice: options.invoice,
    entity: options.entity, sessionId: options.sessionId,
  });
  assert.equal(claims.exp - claims.iat, 7200);
  the.userToken = token;
}, { needs: ["entityGroup.user.create adds a user to every entity of the group"] });

check("entityGroup.user.getToken answers NotFound for a user not in the group", async () => {
  await rejectsWith(Mercoa.NotFound, () => api.entityGroup.user.getToken(the.group.id, fid("nobody"), {}),
    fid("nobody"));
}, { needs: ["entityGroup.create creates a group of entities named by id or foreignId"] });

check("getToken answers BadRequest for a bad colour or a lifetime over the maximum", async () => {
  await rejectsWith(Mercoa.BadRequest,
    () => api.entityGroup.getToken(the.group.id, { style: { primaryColor: "red;}body{" } }));
  await rejectsWith(Mercoa.BadRequest, () => api.entityGroup.getToken(the.group.id, { expiresIn: "31d" }));
  await rejectsWith(Mercoa.BadRequest, () => api.entityGroup.getToken(the.group.id, { expiresIn: "soon" }));
}, { needs: ["entityGroup.create creates a group of entities named by id or foreignId"] });

check("a group token reads its group and is refused a mutation", async () => {
  const embedded = as(the.groupToken);
  const group = await embedded.entityGroup.get(the.group.id);
  assert.equal(group.id, the.group.id);
  await rejectsWith(Mercoa.Forbidden, () => embedded.entityGroup.update(the.group.id, { name: "hijacked" }));
  await rejectsWith(Mercoa.Forbidden, () => embedded.entity.create(business(fid("evil"), "Evil")));
  await rejectsWith(Mercoa.Forbidden, () => embedded.entityGroup.getToken(the.group.id, {}));
}, { needs: ["entityGroup.getToken issues an HS256 group token with the documented claims"] });

check("a group token is refused another group", async () => {
  const other = await api.entityGroup.create({ foreignId: fid("other-group") });
  await rejectsWith(Mercoa.Forbidden, () => as(the.groupToken).entityGroup.get(other.id));
  await api.entityGroup.delete(other.id);
}, { needs: ["entityGroup.getToken issues an HS256 group token with the documented claims"] });

check("a group user token reads its group and itself and is refused a mutation", async () => {
  const embedded = as(the.userToken);
  const group = await embedded.entityGroup.get(the.group.id);
  assert.equal(group.id, the.group.id);
  const user = await embedded.entityGroup.user.get(the.group.id, fid("dana"));
  assert.equal(user.foreignId, fid("dana"));
  await rejectsWith(Mercoa.Forbidden, () => embedded.entityGroup.update(the.group.id, { name: "hijacked" }));
  await rejectsWith(Mercoa.Forbidden,
    () => embedded.entityGroup.user.update(the.group.id, fid("dana"), { foreignId: fid("dana"), roles: ["admin"] }));
  await rejectsWith(Mercoa.Forbidden, () => embedded.entityGroup.user.getToken(the.group.id, fid("dana"), {}));
}, { needs: ["entityGroup.user.getToken issues an HS256 user token with the documented claims"] });

check("a forged token is refused with Unauthorized", async () => {
  const [header, payload] = the.userToken.split(".");
  await rejectsWith(Mercoa.Unauthorized, () => as(`${header}.${payload}.AAAA`).entityGroup.get(the.group.id));
}, { needs: ["entityGroup.user.getToken issues an HS256 user token with the documented claims"] });

// Deletes, last: they end the tokens above.

check("entityGroup.user.delete removes the user and ends its tokens", async () => {
  await api.entityGroup.user.delete(the.group.id, fid("dana"));
  await rejectsWith(Mercoa.NotFound, () => api.entityGroup.user.get(the.group.id, fid("dana")), fid("dana"));
  await rejectsWith(Mercoa.Unauthorized, () => as(the.userToken).entityGroup.get(the.group.id));
}, { needs: ["a group user token reads its group and itself and is refused a mutation"] });

check("entity.delete deletes an entity and takes it out of its groups", async () => {
  await api.entity.delete(the.gamma.id);
  await rejectsWith(Mercoa.NotFound, () => api.entity.get(the.gamma.id), the.gamma.id);
  const group = await api.entityGroup.get(the.group.id);
  assert.ok(!group.entities.some((entity) => entity.id === the.gamma.id), "gamma left the group");
}, { needs: ["entityGroup.addEntities adds entities and ignores ones already in"] });

check("entityGroup.delete deletes the group, keeps its entities and ends its tokens", async () => {
  await api.entityGroup.delete(the.group.id);
  await rejectsWith(Mercoa.NotFound, () => api.entityGroup.get(the.group.id), the.group.id);
  assert.equal((await api.entity.get(the.acme.id)).id, the.acme.id);
  if (the.groupToken) {
    await rejectsWith(Mercoa.Unauthorized, () => as(the.groupToken).entityGroup.get(the.group.id));
  }
}, { needs: ["entityGroup.create creates a group of entities named by id or foreignId"] });

const notes = () => (untypedErrors.count === 0 ? [] : [
  `${untypedErrors.count} error answer(s) had the right status, errorName and content, but SDK 0.7.1 ` +
    "surfaced them as ParseError, not as the typed error (it parses the problem body as a string).",
]);
process.exitCode = (await run({ notes })) ? 0 : 1;
