/** Why the hub refused a connection; sent as socket.io connect_error `data`. */
export const CONNECT_REFUSALS = {
  'auth.missing': 'No credential was given.',
  'auth.invalid': 'The credential was not accepted.',
  'auth.rate-limited': 'Too many failed attempts from this address; wait and try again.',
  'auth.forbidden': 'This credential does not have the role needed here.',
  'display.unknown': 'The active layout has no display with this id.',
  'auth.barred': 'This credential has been barred by an administrator.',
} as const;

export type ConnectRefusalCode = keyof typeof CONNECT_REFUSALS;

export interface ConnectRefusal {
  code: ConnectRefusalCode;
  message: string;
}

export function isConnectRefusal(value: unknown): value is ConnectRefusal {
  return typeof value === 'object' && value !== null && typeof (value as ConnectRefusal).code === 'string' && Object.hasOwn(CONNECT_REFUSALS, (value as ConnectRefusal).code);
}
