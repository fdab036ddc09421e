# Thousands separators in format specs, for integers and floats.
print('{:,}'.format(1234567), '{:,}'.format(-1000), '{:,}'.format(999))
print(f'{1234567.891:,.2f}', f'{-1234567.891:,.2f}', f'{1234.5:,}', f'{123.5:,.1f}')
print(f'{1e20:,.0f}', f'{-0.5:,.3f}', f'{1234567.0:,g}', f'{12345.678:+,.1f}')
print('{:,.1%}'.format(1234.5), '{:>15,.2f}|'.format(1234.5), '{:<12,.1f}|'.format(-98765.4))
print('{:,.2f}'.format(float('inf')), '{:,.2f}'.format(float('nan')))
print('total: {:,} files, {:,.1f} MB'.format(12345, 6789.04))
