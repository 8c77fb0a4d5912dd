// The address search: what the user types is geocoded (suggestions while typing, the best match
// on Enter); a confident match is flown to, outlined and opened, with its match level shown; an
// uncertain one lists the candidates to choose from; nothing is said plainly. A right-click on
// the map says the address there.
import { geocode, maxAddressLength, reverseGeocode } from './search-api.js';
import { SearchBox } from './search-box.js';
import { openHere } from './search-reverse.js';
import { SearchTarget } from './search-target.js';
import { dropView, noteText } from './search-words.js';

const debounceMs = 350;
const minSuggestLength = 2;

export class AddressSearch {
  /** overlay(name): the map's GeoJSON layer of that name. */
  constructor(map, overlay) {
    this._map = map;
    this._target = new SearchTarget(map, overlay);
    this._box = new SearchBox(map, {
      onInput: (text) => this._typed(text),
      onSubmit: (text) => this.submit(text),
      onPick: (candidate) => this.pick(candidate),
      onClear: () => this.clear(),
      onDismiss: () => this._dismiss(),
    });
    this._sequence = 0;
    this._timer = null;
    this._pending = Promise.resolve();
    this._here = null;
    this._reset();
    // A click on the map means the user has moved on from the list (the result stays shown).
    map.on('click', () => this._dismiss());
    map.on('contextmenu', (event) => this.lookUpHere(event.latlng.wrap()));
    this.render();
  }

  _reset() {
    this._status = 'idle'; // 'idle' | 'loading' | 'ready' | 'error'
    this._mode = null; // 'suggest' (while typing) | 'submit' (Enter)
    this._query = '';
    this._result = null;
    this._error = null;
    this._outcome = null; // after Enter: 'matched' | 'ambiguous' | 'none' | 'error'; 'picked' from a list
    this._chosen = null; // the candidate shown on the map
    this._badge = false; // the input still holds what the shown candidate was found for
    this._open = false; // the list or message under the input is wanted
  }

  /** Geocodes `text` and goes to the best match, or lists the candidates, or says there is none. */
  submit(text) {
    clearTimeout(this._timer);
    const sequence = ++this._sequence;
    const query = text.trim();
    Object.assign(this, { _mode: 'submit', _query: query, _open: true, _result: null, _error: null });
    if (query === '') {
      Object.assign(this, { _status: 'error', _error: { kind: 'empty' }, _outcome: 'error' });
      this._forget();
      this.render();
      return this._pending;
    }
    this._status = 'loading';
    this.render();
    this._pending = geocode(query).then((result) => {
      if (sequence !== this._sequence) return undefined;
      Object.assign(this, { _status: 'ready', _result: result });
      this._outcome = result.best ? 'matched' : result.candidates.length ? 'ambiguous' : 'none';
      if (result.best) return this._show(result.best, sequence);
      this._forget(); // the map must not go on showing an earlier search's answer for this one
      this.render();
      return undefined;
    }, (error) => this._failed(error, sequence));
    return this._pending;
  }

  /** Goes to one of the listed candidates. */
  pick(candidate) {
    clearTimeout(this._timer);
    const sequence = ++this._sequence;
    this._box.text = candidate.address || candidate.name;
    Object.assign(this, { _mode: 'submit', _status: 'ready', _error: null, _outcome: 'picked' });
    this._pending = this._show(candidate, sequence);
    return this._pending;
  }

  clear() {
    clearTimeout(this._timer);
    this._sequence += 1;
    this._target.clear();
    this._reset();
    this._box.text = '';
    this.render();
    this._box.focus();
  }

  /** "此处地址" at a point of the map. */
  lookUpHere(latlng) {
    this._here = { status: 'loading', lon: latlng.lng, lat: latlng.lat, nearest: null };
    const here = this._here;
    const answered = openHere(this._map, latlng, reverseGeocode, (entry) => this.pick(entry)).then((nearest) => {
      if (this._here === here) this._here = { ...here, status: 'ready', nearest };
    });
    this._pending = Promise.allSettled([this._pending, answered]);
    return answered;
  }

  _show(candidate, sequence) {
    Object.assign(this, { _chosen: candidate, _badge: true, _open: this._note(candidate) != null });
    this.render();
    return this._target.show(candidate, () => sequence === this._sequence);
  }

  _failed(error, sequence) {
    if (sequence !== this._sequence) return;
    console.warn(`FireMap: ${error.message}`);
    Object.assign(this, { _status: 'error', _error: error, _outcome: this._mode === 'submit' ? 'error' : this._outcome });
    if (this._mode === 'submit') this._forget();
    this.render();
  }

  _forget() {
    this._target.clear();
    Object.assign(this, { _chosen: null, _badge: false });
  }

  _typed(text) {
    clearTimeout(this._timer);
    this._badge = false; // the badge told about the previous text
    const query = text.trim();
    if (query.length < minSuggestLength || query.length > maxAddressLength) {
      Object.assign(this, { _mode: null, _open: false });
      this.render();
      return;
    }
    this.render();
    this._timer = setTimeout(() => this._suggest(query), debounceMs);
  }

  _suggest(query) {
    const sequence = ++this._sequence;
    Object.assign(this, { _mode: 'suggest', _query: query, _status: 'loading' });
    this.render();
    this._pending = geocode(query).then((result) => {
      if (sequence !== this._sequence) return;
      Object.assign(this, { _status: 'ready', _result: result, _error: null, _open: true });
      this.render();
    }, (error) => this._failed(error, sequence));
  }

  // What does not quite fit about a match the search chose; one the user picked needs no comment.
  _note(candidate) {
    return this._outcome === 'matched' ? noteText(candidate) : null;
  }

  _dismiss() {
    if (!this._open) return;
    this._open = false;
    this.render();
  }

  render() {
    const chosen = this._badge ? this._chosen : null;
    // The rows are the result's own array, so the box rebuilds them (and forgets the keyboard's
    // place in them) only when a new answer arrives.
    const drop = dropView({
      open: this._open, status: this._status, mode: this._mode, query: this._query, error: this._error,
      candidates: this._result?.candidates ?? [], outcome: this._outcome, note: chosen ? this._note(chosen) : null,
    });
    this._box.render({
      busy: this._status === 'loading',
      badge: chosen ? { level: chosen.level, score: chosen.score, confident: chosen.confident } : null,
      ...drop,
    });
  }

  /** For the browser test and the console; not an API. */
  testHook() {
    const brief = (c) => (c ? { level: c.level, id: c.id, name: c.name, score: c.score, confident: c.confident, lon: c.lon, lat: c.lat } : null);
    return {
      settled: () => this._pending.then(() => undefined),
      state: () => ({
        status: this._status,
        mode: this._mode,
        query: this._query,
        outcome: this._outcome,
        best: brief(this._result?.best),
        candidates: (this._result?.candidates ?? []).map(brief),
        chosen: brief(this._chosen),
        shown: this._target.state(),
        here: this._here,
      }),
    };
  }
}
