// The side panel's room beside the map, for one tool at a time (the radius search or the
// planners' fire-lane panel), and the "picking" state in which a map click picks a point.
/**
 * Opens or closes the room for `owner`'s panel. Opening tells the other tools first (the map's
 * `fm-side` event) so they close before the room changes hands.
 */
export function openSide(map, owner, open) {
  if (open) map.fire('fm-side', { owner });
  document.body.classList.toggle('fm-side-open', open);
  // For the URL hash (map-link.js): which panel is open.
  map.fire('fm-panel', { owner, open });
  // Keep the map where it was rather than re-centring it in its new size.
  map.invalidateSize({ pan: false });
}

/** While picking, a click anywhere on the map picks that point: areas and lines let it through. */
export function setPicking(map, on) {
  map.getContainer().classList.toggle('fm-picking', on);
}
