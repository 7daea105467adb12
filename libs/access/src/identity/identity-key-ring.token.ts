/** Injection token of the parsed IdentityKeyRing (kept inside the identity module: not exported). */
export const IDENTITY_KEY_RING = Symbol('IDENTITY_KEY_RING');
