"""
The one face the link preview pictures are drawn in (scripts/after-build.ts): the site's own Noto
Sans subsets, Latin and Vietnamese, and Noto Sans Lao, merged into one font per weight. resvg
takes the first face of a family and its fallback between faces drew wrong glyphs or none, so
every character a preview needs is in one face. Noto is under the SIL Open Font License 1.1; the
merged face is renamed, as the licence asks of a modified font.

Run after a change of the @fontsource packages, and commit the output:
    pip install fonttools==4.66.1 && python3 scripts/og-fonts/merge.py
"""
from fontTools.merge import Merger, Options
from fontTools.ttLib import TTFont

FAMILY = 'Dashboard Preview Sans'
NM = 'node_modules/@fontsource'

for weight, style in ((400, 'Regular'), (600, 'SemiBold')):
    sources = [
        f'{NM}/noto-sans/files/noto-sans-latin-{weight}-normal.woff',
        f'{NM}/noto-sans/files/noto-sans-vietnamese-{weight}-normal.woff',
        f'{NM}/noto-sans-lao/files/noto-sans-lao-lao-{weight}-normal.woff',
    ]
    paths = []
    for i, source in enumerate(sources):
        font = TTFont(source)
        font.flavor = None
        path = f'/tmp/og-font-{weight}-{i}.ttf'
        font.save(path)
        paths.append(path)
    merged = Merger(options=Options(drop_tables=['vhea', 'vmtx'])).merge(paths)
    names = merged['name']
    unique = f"{FAMILY.replace(' ', '')}-{style}"
    for record in list(names.names):
        if record.nameID in (1, 16):
            names.setName(FAMILY, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID in (3, 4, 6):
            names.setName(unique, record.nameID, record.platformID, record.platEncID, record.langID)
    merged['OS/2'].usWeightClass = weight
    merged.save(f'scripts/og-fonts/preview-sans-{weight}.ttf')
    print(f'scripts/og-fonts/preview-sans-{weight}.ttf')
