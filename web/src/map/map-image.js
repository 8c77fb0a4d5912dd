// "Save as image": the current view drawn onto a canvas — background, every vector pane (each is
// its own SVG), point symbols, then the title, date, scale and attribution — and offered as a PNG.
// Everything drawn is the page's own SVG as data URLs, so the canvas stays readable.

function loadImage(url) {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('image'));
    image.src = url;
  });
}

function svgUrl(svg, width, height) {
  const copy = svg.cloneNode(true);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
}

async function drawSvg(context, svg, origin) {
  const box = svg.getBoundingClientRect();
  if (box.width < 1 || box.height < 1) return;
  const image = await loadImage(svgUrl(svg, box.width, box.height));
  context.drawImage(image, box.left - origin.left, box.top - origin.top, box.width, box.height);
}

/** Draws the map's current view; resolves to the canvas (CSS pixels × device pixel ratio). */
export async function drawMap(map, texts) {
  const container = map.getContainer();
  const origin = container.getBoundingClientRect();
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(origin.width * ratio);
  canvas.height = Math.round(origin.height * ratio);
  const context = canvas.getContext('2d');
  context.scale(ratio, ratio);
  context.fillStyle = getComputedStyle(container).backgroundColor || '#f2efe9';
  context.fillRect(0, 0, origin.width, origin.height);

  // Panes in their stacking order, so areas stay under lines and lines under points.
  const panes = [...container.querySelectorAll('.leaflet-map-pane .leaflet-pane')]
    .filter((pane) => pane.querySelector(':scope > svg, .fm-symbol svg'))
    .sort((a, b) => (Number(getComputedStyle(a).zIndex) || 0) - (Number(getComputedStyle(b).zIndex) || 0));
  for (const pane of panes) {
    for (const svg of pane.querySelectorAll(':scope > svg, .fm-symbol svg')) {
      try {
        await drawSvg(context, svg, origin);
      } catch {
        // One symbol that will not draw should not cost the whole picture.
      }
    }
  }

  context.fillStyle = 'rgba(255, 255, 255, 0.85)';
  context.fillRect(0, 0, origin.width, 30);
  context.fillRect(0, origin.height - 22, origin.width, 22);
  context.fillStyle = '#212121';
  context.font = '600 15px "Noto Sans CJK SC", sans-serif';
  context.fillText(texts.title, 10, 20);
  context.font = '12px "Noto Sans CJK SC", sans-serif';
  context.textAlign = 'right';
  context.fillText(texts.date, origin.width - 10, 20);
  context.fillText(texts.attribution, origin.width - 10, origin.height - 7);
  context.textAlign = 'left';
  const scale = container.querySelector('.leaflet-control-scale-line');
  if (scale) {
    const width = scale.getBoundingClientRect().width;
    context.strokeStyle = '#212121';
    context.lineWidth = 2;
    context.beginPath();
    context.moveTo(10, origin.height - 14);
    context.lineTo(10, origin.height - 8);
    context.lineTo(10 + width, origin.height - 8);
    context.lineTo(10 + width, origin.height - 14);
    context.stroke();
    context.fillText(scale.textContent, 16 + width, origin.height - 7);
  }
  return canvas;
}

/** Draws the view and downloads it as firemap-<date>.png. */
export async function saveMapImage(map, texts) {
  const canvas = await drawMap(map, texts);
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `firemap-${texts.fileDate}.png`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return { width: canvas.width, height: canvas.height };
}
