import type { StateCreator } from 'zustand/vanilla';
import type { Locale } from '../i18n/index.js';
import type { BilingualText } from '../i18n/refusals.js';

/**
 * The console operator's session: the credential in use (also kept in sessionStorage for the tab, never
 * localStorage), the notice to show on the sign-in form after a sign-out or a refusal, and the language.
 */
export interface SessionSlice {
  session: { credential: string | null; notice: BilingualText | null; locale: Locale };
  signIn(credential: string): void;
  signOut(notice: BilingualText | null): void;
  setLocale(locale: Locale): void;
}

export const createSessionSlice: StateCreator<SessionSlice> = (set) => ({
  session: { credential: null, notice: null, locale: 'vi-VN' },
  signIn: (credential) => set(({ session }) => ({ session: { ...session, credential, notice: null } })),
  signOut: (notice) => set(({ session }) => ({ session: { ...session, credential: null, notice } })),
  setLocale: (locale) => set(({ session }) => ({ session: { ...session, locale } })),
});
