/** A snapshot or a batch as the sim sends it (the wire shape of the protocol's envelope). */
export interface FeedMessage {
  channel: string;
  seq: number;
  sentAt: string;
  observations: unknown[];
  reports: unknown[];
  retracted: string[];
  expectedIntervalS?: number;
}

export const itemCount = (message: FeedMessage): number => message.observations.length + message.reports.length;
