import { divIcon, type DivIcon } from 'leaflet';
import type { DepositSummary } from '../data/schema';
import { MARKER_SIZE, markerShape } from '../vocab/marker';

const SVG_NS = 'http://www.w3.org/2000/svg';

function markerElement(d: DepositSummary, exact: boolean): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', String(MARKER_SIZE));
  svg.setAttribute('height', String(MARKER_SIZE));
  svg.setAttribute('viewBox', '0 0 22 22');
  svg.setAttribute('aria-hidden', 'true');
  const { tag, attrs } = markerShape(d.group, d.status.stage, exact);
  const shape = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) shape.setAttribute(k, v);
  svg.append(shape);
  return svg;
}

/** A fresh icon per marker: Leaflet appends an element `html` to the marker, so it cannot be shared. */
export function depositIcon(d: DepositSummary, selected: boolean): DivIcon {
  return divIcon({
    className: `deposit-marker${selected ? ' deposit-marker--selected' : ''}`,
    html: markerElement(d, d.location?.basis === 'deposit'),
    iconSize: [MARKER_SIZE, MARKER_SIZE],
    iconAnchor: [MARKER_SIZE / 2, MARKER_SIZE / 2],
  });
}

/** A group of deposits: a disc with their number. */
export function clusterIcon(count: number): DivIcon {
  const span = document.createElement('span');
  span.textContent = String(count);
  const size = MARKER_SIZE + 4;
  return divIcon({
    className: 'deposit-cluster',
    html: span,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
}

/** Deposits in an area with no published location: a dashed square with "?", unlike any located marker. */
export function unlocatedIcon(): DivIcon {
  const span = document.createElement('span');
  span.textContent = '?';
  return divIcon({
    className: 'deposit-unlocated',
    html: span,
    iconSize: [MARKER_SIZE, MARKER_SIZE],
    iconAnchor: [MARKER_SIZE / 2, MARKER_SIZE / 2],
  });
}
