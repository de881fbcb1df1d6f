// Every page's behaviour, in one small module: each part does nothing where its markup is absent.
import { enhancePreferences } from './preferences';
import { enhanceInPlaceNotes } from './in-place-notes';
import { enhanceFootnotes } from './footnotes-in-card';
import { enhanceReading } from './reading-aids';
import { enhanceScriptSwitch } from './script-switch';
import { enhanceNotFound } from './not-found';
import { enhanceSearchDialog } from './search-dialog';
import { enhanceSearchPage } from './search-page';
import { HIGHLIGHT_PARAM } from '../search/highlight-param';

enhanceScriptSwitch();
enhanceNotFound();
enhancePreferences();
enhanceSearchDialog();
enhanceSearchPage();
enhanceReading();
enhanceInPlaceNotes();
enhanceFootnotes();
// Arrived from a search result: mark the words searched for (the code loads only then).
if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void import('./highlight-on-arrival').then((m) => m.highlightOnArrival());
