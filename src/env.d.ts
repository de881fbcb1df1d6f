declare namespace App {
  interface Locals {
    /** The moment the page tells of (an event's time), so people named in it show their role then. */
    moment?: number;
    /** Source ids in the order the page cites them, for citation numbers. */
    citations?: string[];
    /** How many in-place notes the page has so far, for their ids. */
    notes?: number;
  }
}
