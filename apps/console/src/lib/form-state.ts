/**
 * What every form action of the console returns (with `fail()` or as success), so each page can
 * show the message at the top of the right form and each field's error next to the field.
 */
export interface FormState {
  /** Which form on the page answered (pages with several forms). */
  form?: string;
  /** The API's (Chinese) error message, shown at the top of the form. */
  message?: string;
  /** A confirmation after a successful action that stays on the page. */
  success?: string;
  fieldErrors?: Record<string, string>;
  /** Submitted values, to refill the form after a failure. */
  values?: Record<string, unknown>;
}
