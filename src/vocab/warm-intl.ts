/**
 * The first Intl object of each kind a page makes loads its locale's data, which takes several
 * milliseconds on a phone (a NumberFormat about 13 ms on a desktop); later ones reuse that data and
 * cost almost nothing. Made here, one kind per task, before React starts, so that cost never lands
 * inside one of hydration's short slices and turns it into a long task.
 */
const WARM: ((locale: string) => unknown)[] = [
  (locale) => new Intl.PluralRules(locale).select(2),
  (locale) => new Intl.NumberFormat(locale).format(1234.5),
  (locale) =>
    new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(0),
];

/** A task boundary that background tabs do not throttle (unlike setTimeout). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export async function warmIntl(locale: string): Promise<void> {
  for (const make of WARM) {
    await nextTask();
    make(locale);
  }
  await nextTask();
}
