# asyncio.subprocess: its constants, and the arguments create_subprocess_* refuse
# before starting anything (asyncio's pipes carry bytes only)
import asyncio
import sys


async def main():
    print(asyncio.subprocess.PIPE, asyncio.subprocess.STDOUT, asyncio.subprocess.DEVNULL)
    for kw in ({'text': True}, {'universal_newlines': True}, {'encoding': 'utf-8'}, {'errors': 'strict'}, {'bufsize': 1}):
        try:
            await asyncio.create_subprocess_exec(sys.executable, '-c', 'pass', **kw)
        except ValueError as e:
            print('ValueError:', e)
    try:
        await asyncio.create_subprocess_exec(sys.executable, '-c', 'pass', shell=True)
    except ValueError as e:
        print('ValueError:', e)
    try:
        await asyncio.create_subprocess_shell(['ls'])
    except ValueError as e:
        print('ValueError:', e)
    try:
        await asyncio.create_subprocess_shell('true', shell=False)
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
