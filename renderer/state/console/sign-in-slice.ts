import type { StateCreator } from 'zustand/vanilla';
import type { Locale } from '../../i18n/index.js';
import type { BilingualText } from '../../i18n/refusals.js';

/**
 * Who is signed in at this console: the credential in use (also kept in sessionStorage for the tab,
 * never localStorage), the notice to show on the sign-in form after a sign-out or a refusal, and the
 * language. ("Session" is a presenter session; this is a sign-in.)
 */
export interface SignInSlice {
  signedIn: { credential: string | null; notice: BilingualText | null; locale: Locale };
  signIn(credential: string): void;
  signOut(notice: BilingualText | null): void;
  setLocale(locale: Locale): void;
}

export const createSignInSlice: StateCreator<SignInSlice> = (set) => ({
  signedIn: { credential: null, notice: null, locale: 'vi-VN' },
  signIn: (credential) => set(({ signedIn }) => ({ signedIn: { ...signedIn, credential, notice: null } })),
  signOut: (notice) => set(({ signedIn }) => ({ signedIn: { ...signedIn, credential: null, notice } })),
  setLocale: (locale) => set(({ signedIn }) => ({ signedIn: { ...signedIn, locale } })),
});
