// Every page's behaviour, in one small module: each part does nothing where its markup is absent.
import { enhancePreferences } from './preferences';
import { enhanceInPlaceNotes } from './in-place-notes';
import { enhanceReading } from './reading-aids';
import { enhanceScriptSwitch } from './script-switch';
import { enhanceSearchDialog } from './search-dialog';
import { enhanceSearchPage } from './search-page';

enhanceScriptSwitch();
enhancePreferences();
enhanceSearchDialog();
enhanceSearchPage();
enhanceReading();
enhanceInPlaceNotes();
