import './modal-dialog.css';
import { useEffect, useId, useRef, type ReactNode } from 'react';

type ModalDialogProps = { className: string; title: string; close: string; onClose: () => void; children: ReactNode };

/** A modal `<dialog>`, open while mounted: its heading, a close button (×), then its content. */
export function ModalDialog({ className, title, close, onClose, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    return () => el?.close();
  }, []);
  return (
    <dialog ref={dialog} className={className} aria-labelledby={titleId} onClose={onClose}>
      <div className="embed-dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="embed-close" onClick={onClose} aria-label={close}>
          ×
        </button>
      </div>
      {children}
    </dialog>
  );
}
