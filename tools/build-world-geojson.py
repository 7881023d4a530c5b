#!/usr/bin/env python3
"""Build the web page's country outlines (GeoJSON) from Natural Earth 110m, as the npm
package `world-atlas` ships it (TopoJSON), with ISO 3166 alpha-3 codes from the npm package
`i18n-iso-countries`.

Usage (see tools/README.md):

    python3 tools/build-world-geojson.py WORLD_ATLAS_DIR I18N_ISO_COUNTRIES_DIR [--out FILE]

WORLD_ATLAS_DIR holds `countries-110m.json`; I18N_ISO_COUNTRIES_DIR holds `codes.json`
([alpha-2, alpha-3, numeric, ...] rows). Each country becomes a Feature with properties
`iso3` and `name`; coordinates are rounded to 0.01 degree (the 110m outlines are coarser than
that). Features without a numeric id in world-atlas get their code from NO_ID below, or none.

Standard library only. Output is deterministic for the same inputs.
"""

import argparse
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "server", "src", "main", "resources", "web", "data", "countries-110m.geojson")
NO_ID = {"Kosovo": "XKX"}  # the code countries.tsv uses; N. Cyprus and Somaliland stay without one


def arcs_of(topology):
    """The arcs in absolute coordinates (TopoJSON arcs are delta-encoded when quantized)."""
    t = topology.get("transform")
    out = []
    for arc in topology["arcs"]:
        pts, x, y = [], 0, 0
        for p in arc:
            if t:
                x, y = x + p[0], y + p[1]
                pts.append([x * t["scale"][0] + t["translate"][0], y * t["scale"][1] + t["translate"][1]])
            else:
                pts.append([p[0], p[1]])
        out.append(pts)
    return out


def ring(indices, arcs):
    pts = []
    for i in indices:
        a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(a if not pts else a[1:])
    return [[round(x, 2), round(y, 2)] for x, y in unwrap(pts)]


def unwrap(pts):
    """Longitudes made continuous along the ring: a ring that crosses the antimeridian (Russia's
    Chukotka, Fiji) goes on past 180 instead of jumping to -180, which a flat map draws as a band
    across the world."""
    out, shift = [], 0.0
    for k, (x, y) in enumerate(pts):
        if k:
            step = x + shift - out[-1][0]
            if step > 180:
                shift -= 360
            elif step < -180:
                shift += 360
        out.append([x + shift, y])
    return out


def geometry(g, arcs):
    if g["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": [ring(r, arcs) for r in g["arcs"]]}
    if g["type"] == "MultiPolygon":
        return {"type": "MultiPolygon", "coordinates": [[ring(r, arcs) for r in p] for p in g["arcs"]]}
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("world_atlas")
    ap.add_argument("iso_countries")
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args()
    with open(os.path.join(args.world_atlas, "countries-110m.json"), encoding="utf-8") as f:
        topology = json.load(f)
    with open(os.path.join(args.iso_countries, "codes.json"), encoding="utf-8") as f:
        numeric = {row[2]: row[1] for row in json.load(f)}
    arcs = arcs_of(topology)
    features, missing = [], []
    for g in topology["objects"]["countries"]["geometries"]:
        name = g.get("properties", {}).get("name", "")
        iso3 = numeric.get(g.get("id")) if g.get("id") else NO_ID.get(name)
        if iso3 is None:
            missing.append(name)
        geom = geometry(g, arcs)
        if geom:
            features.append({"type": "Feature", "properties": {"iso3": iso3, "name": name}, "geometry": geom})
    features.sort(key=lambda ft: (ft["properties"]["iso3"] or "~", ft["properties"]["name"]))
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": features}, f, separators=(",", ":"))
        f.write("\n")
    print(f"{len(features)} countries written to {args.out}; without a code: {', '.join(missing) or 'none'}")


if __name__ == "__main__":
    main()
