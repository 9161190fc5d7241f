import type { Messages } from '../i18n/messages/en';
import type { Notice } from '../state/url';

/** What the panel says when a link's selection could not be shown. */
export function noticeText(t: Messages, notice: Notice): string {
  return notice.kind === 'conflict' ? t.notice.conflict : t.notice.unknown(notice.what, notice.value);
}
