# Parse a CHANGELOG in Keep-a-Changelog style and build release notes.
import re

CHANGELOG = """\
# Changelog

All notable changes to this project are documented here.

## [Unreleased]
- Nothing yet

## [2.1.0] - 2024-03-05
### Added
- New `--json` flag (#123)
- Support for Python 3.12 (#130, @alice)
### Fixed
- Crash on empty input (#127)

## [2.0.1] - 2024-01-17
### Fixed
- Typo in help text
- Windows paths with spaces (#99)

## [2.0.0] - 2023-12-01
### Changed
- **Breaking:** drop Python 3.7
### Removed
- Old `legacy` module

[2.1.0]: https://example.invalid/compare/v2.0.1...v2.1.0
[2.0.1]: https://example.invalid/compare/v2.0.0...v2.0.1
"""

HEADER = re.compile(r'^## \[(?P<version>[^\]]+)\](?: - (?P<date>\d{4}-\d{2}-\d{2}))?\s*$', re.M)
SECTION = re.compile(r'^### (\w+)$', re.M)

releases = []
matches = list(HEADER.finditer(CHANGELOG))
for i, m in enumerate(matches):
    end = matches[i + 1].start() if i + 1 < len(matches) else len(CHANGELOG)
    body = CHANGELOG[m.end():end].strip()
    sections = {}
    current = None
    for line in body.splitlines():
        s = SECTION.match(line)
        if s:
            current = s.group(1)
            sections[current] = []
        elif line.startswith('- ') and current:
            sections[current].append(line[2:])
    releases.append((m.group('version'), m.group('date'), sections))

for version, date, sections in releases:
    print(version, date, {k: len(v) for k, v in sections.items()})

def notes(version):
    for v, date, sections in releases:
        if v == version:
            out = [f'# Release {v} ({date})', '']
            for name, items in sections.items():
                out.append(f'## {name}')
                for it in items:
                    it = re.sub(r'#(\d+)', r'[#\1](https://example.invalid/issues/\1)', it)
                    it = re.sub(r'`([^`]+)`', lambda mm: '<code>' + mm.group(1).upper() + '</code>', it)
                    out.append('* ' + it)
                out.append('')
            return '\n'.join(out).rstrip() + '\n'
    raise KeyError(version)

print(notes('2.1.0'), end='')
issues = sorted({int(n) for n in re.findall(r'#(\d+)', CHANGELOG)})
print('issues:', issues)
mentions = re.findall(r'@(\w+)', CHANGELOG)
print('mentions:', mentions)
links = dict(re.findall(r'^\[([\d.]+)\]: (\S+)$', CHANGELOG, flags=re.MULTILINE))
print(links)
vers = [tuple(int(x) for x in v.split('.')) for v, _, _ in releases if re.fullmatch(r'\d+\.\d+\.\d+', v)]
print('latest', '.'.join(map(str, max(vers))), 'sorted', sorted(vers, reverse=True))
m = re.search(r'(?P<major>\d+)\.(?P<minor>\d+)\.(?P<patch>\d+)', 'tag: v10.4.2-rc1')
print(m.groupdict(), m.group(0), m.span(), m.start('minor'), m['patch'], m.groups())
bump = re.sub(r'(\d+)\.(\d+)\.(\d+)', lambda x: f'{x.group(1)}.{int(x.group(2)) + 1}.0', 'version = "2.1.0"')
print(bump)
print(re.split(r'\s*[,;]\s*', 'a , b;c ;  d'), re.split(r'(-)', 'a-b-c'), re.sub(r'\s+', ' ', '  many   spaces\there  ').strip())
print(re.escape('v1.0 (beta)+'), re.compile(r'fix', re.I).findall('Fix fix FIX'), re.subn('o', '0', 'foo boo'))
print(bool(re.match(r'^v?\d+(\.\d+)*$', 'v1.2.3')), re.match(r'(a)(b)?', 'ac').groups(), re.match(r'(a)(b)?', 'ac').groups('-'))
