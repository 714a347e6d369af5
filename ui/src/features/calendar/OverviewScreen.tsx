// The agency's calendar of every client.
export function OverviewScreen() {
  return null;
}
