// The places a story names, on an offline world map: Natural Earth countries from world-atlas,
// projected with d3-geo. No tile server, nothing fetched.
import { geoMercator, geoPath } from 'd3-geo';
import type { JSX } from 'preact';
import { feature } from 'topojson-client';
import countries from 'world-atlas/countries-110m.json';
import type { Entity } from './api.js';
import { paths } from './format.js';
import { Link } from './router.js';

const WIDTH = 480;
const HEIGHT = 320;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- world-atlas ships untyped TopoJSON
const land = feature(countries as any, (countries as any).objects.countries) as unknown as GeoJSON.FeatureCollection;

export function PlaceMap(props: { places: Entity[] }): JSX.Element | null {
  const places = props.places.filter((p) => p.geo !== null);
  if (places.length === 0) return <p class="muted">No places with known coordinates.</p>;
  // Fit the named places with a margin of a few degrees, so a single city still shows its region.
  const lons = places.map((p) => p.geo!.lon);
  const lats = places.map((p) => p.geo!.lat);
  const frame: GeoJSON.Feature<GeoJSON.MultiPoint> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPoint', coordinates: [[Math.min(...lons) - 6, Math.min(...lats) - 3], [Math.max(...lons) + 6, Math.max(...lats) + 3]] },
  };
  const projection = geoMercator().fitExtent([[10, 10], [WIDTH - 10, HEIGHT - 10]], frame);
  const path = geoPath(projection);
  return (
    <figure class="place-map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`Map of ${places.length} place(s) named in the story`}>
        <rect width={WIDTH} height={HEIGHT} class="sea" />
        {land.features.map((country, i) => (
          <path key={i} d={path(country) ?? ''} class="land" />
        ))}
        {places.map((place) => {
          const [px, py] = projection([place.geo!.lon, place.geo!.lat]) ?? [0, 0];
          return (
            <g key={place.id} class="place">
              <circle cx={px} cy={py} r={4 + Math.min(6, place.mentions.length)} />
              <text x={px + 8} y={py + 4}>
                {place.name}
              </text>
              <title>{`${place.name}: ${place.mentions.length} mention(s)`}</title>
            </g>
          );
        })}
      </svg>
      <figcaption>
        Places:{' '}
        {places.map((p, i) => (
          <span key={p.id}>
            {i > 0 && ', '}
            <Link href={paths.entity(p.id)}>{p.name}</Link>
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
