-- Sign-in through OpenID Connect: an account is bound to a provider's subject (one per
-- provider per account), and a sign-in in progress is kept server-side under the hash of
-- its state, short-lived and single use, with its nonce and PKCE verifier.

CREATE TABLE oidc_koppeling (
    id INTEGER PRIMARY KEY,
    aanbieder TEXT NOT NULL,
    subject TEXT NOT NULL,
    account_id BIGINT NOT NULL REFERENCES account (id),
    aangemaakt TEXT NOT NULL,
    UNIQUE (aanbieder, subject),
    UNIQUE (aanbieder, account_id)
);

CREATE TABLE oidc_poging (
    state_hash TEXT PRIMARY KEY,
    aanbieder TEXT NOT NULL,
    nonce TEXT NOT NULL,
    pkce_verifier TEXT NOT NULL,
    uitnodiging_hash TEXT,
    verloopt TEXT NOT NULL
);
