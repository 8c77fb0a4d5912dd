// Going from a row of the radius tool's lists to the feature on the map: pan there and open
// the same popup a click on the feature opens.
import * as L from '../shared/leaflet.js';
import { popupOptions } from '../map/overlays.js';
import { popupContent } from '../map/popups.js';
import { RadiusLayers } from './radius-layers.js';

const hitZoom = 17;

// The layer endpoints' property names, for a hit whose feature the map does not hold.
const properties = {
  buildings: (r) => ({ code: r.code, name: r.name, address: r.address, floors: r.floors, height_m: r.height,
    use_class: r.useClass, is_high_rise: r.highRise, occupants: r.occupants }),
  places: (r) => ({ code: r.code, name: r.name, category: r.category, address: r.address, capacity: r.capacity }),
  hydrants: (r) => ({ code: r.code, kind: r.kind, status: r.status, address: r.address }),
};

/** overlayOf(name): the map's GeoJSON layer of that name. Returns openHit(layerName, row). */
export function hitOpener(map, overlayOf) {
  const featureById = (name, id) =>
    overlayOf(name)?.getLayers().find((layer) => String(layer.feature?.id) === id) ?? null;

  return (name, row) => {
    const at = RadiusLayers.locate(row);
    if (!at) return;
    map.setView(at, Math.max(map.getZoom(), hitZoom), { animate: false });
    const feature = featureById(name, row.id);
    if (feature && map.hasLayer(feature)) {
      feature.openPopup(at);
      return;
    }
    // The layer is switched off (or the hit is newer than the layer): the same popup, on its own.
    const content = popupContent(name, feature?.feature.properties ?? properties[name](row));
    L.popup(popupOptions()).setLatLng(at).setContent(content).openOn(map);
  };
}
