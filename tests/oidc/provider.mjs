// A real OpenID provider for passend's tests: the certified `oidc-provider` package on a
// free loopback port. Usage: node provider.mjs CONFIG.json
//
// CONFIG: { "acr_values": [..], "clients": [{ "client_id", "redirect_uris": [..],
//           "key": "rsa" | "ec", "key_file": "/path/for/the/private/key.pem" }] }
// For each client a fresh key pair is made: the private key is written (PKCS#8 PEM) to
// key_file for passend, the public key is registered for `private_key_jwt`.
// The login page asks for a user name (the subject) and the acr to give.
// Prints one line `{"issuer": "http://127.0.0.1:PORT"}` when it listens.
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import Provider from 'oidc-provider';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));

const clients = config.clients.map((c) => {
  const pair = c.key === 'ec'
    ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
    : generateKeyPairSync('rsa', { modulusLength: 2048 });
  writeFileSync(c.key_file, pair.privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  const jwk = { ...pair.publicKey.export({ format: 'jwk' }), kid: c.client_id, use: 'sig' };
  return {
    client_id: c.client_id,
    redirect_uris: c.redirect_uris,
    response_types: ['code'],
    grant_types: ['authorization_code'],
    token_endpoint_auth_method: 'private_key_jwt',
    token_endpoint_auth_signing_alg: c.key === 'ec' ? 'ES256' : 'RS256',
    jwks: { keys: [jwk] },
  };
});

const signing = generateKeyPairSync('rsa', { modulusLength: 2048 });
const escape = (s) => String(s).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

let provider;
const server = http.createServer(async (req, res) => {
  try {
    const match = req.url.match(/^\/interaction\/([^/?]+)(\/login)?/);
    if (!match) {
      provider.callback()(req, res);
      return;
    }
    const details = await provider.interactionDetails(req, res);
    if (req.method === 'POST' && match[2]) {
      let body = '';
      for await (const chunk of req) body += chunk;
      const form = new URLSearchParams(body);
      const login = { accountId: form.get('login'), acr: form.get('acr') || undefined };
      await provider.interactionFinished(req, res, { login }, { mergeWithLastSubmission: false });
      return;
    }
    const asked = String(details.params.acr_values || '').split(' ').filter(Boolean);
    const options = config.acr_values
      .map((a) => `<option value="${escape(a)}"${a === asked[0] ? ' selected' : ''}>${escape(a)}</option>`)
      .join('');
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><html lang="nl"><head><title>Testaanbieder</title></head><body><main>
<h1>Inloggen bij de testaanbieder</h1>
<form method="post" action="/interaction/${escape(match[1])}/login">
<label for="login">Gebruiker</label><input id="login" name="login" required>
<label for="acr">Niveau</label><select id="acr" name="acr">${options}</select>
<button type="submit">Inloggen</button>
</form></main></body></html>`);
  } catch (err) {
    res.statusCode = 400;
    res.end(`interaction: ${err.message}`);
  }
});

server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  provider = new Provider(issuer, {
    clients,
    acrValues: config.acr_values,
    claims: { openid: ['sub'] },
    cookies: { keys: ['passend-testaanbieder'] },
    ttl: { AuthorizationCode: 60, IdToken: 600, AccessToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
    jwks: { keys: [{ ...signing.privateKey.export({ format: 'jwk' }), kid: 'aanbieder', use: 'sig', alg: 'RS256' }] },
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => true, methods: ['S256'] },
    interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: async (ctx, sub) => ({ accountId: sub, claims: async () => ({ sub }) }),
    // No consent screen: passend is the only client and asks for `openid` alone.
    loadExistingGrant: async (ctx) => {
      const grantId = ctx.oidc.result?.consent?.grantId
        || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope('openid');
      await grant.save();
      return grant;
    },
  });
  console.log(JSON.stringify({ issuer }));
});

process.on('SIGTERM', () => process.exit(0));
// The test that started it holds stdin: when that process ends, so does this one.
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
