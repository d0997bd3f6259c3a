#!/usr/bin/python3
"""A loopback TCP relay that delays every byte by --delay-ms in each direction, like a long link.

Bandwidth is not limited: it is a delay line, so wall time / (2 * delay) counts round trips.
Listens on 127.0.0.1 port 0, prints {"port": N} once ready, relays to --target host:port.
Stops on SIGTERM or EOF on stdin.
"""
import argparse
import asyncio
import json
import signal
import sys


async def pipe(reader, writer, delay):
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()

    async def sender():
        while True:
            due, data = await queue.get()
            wait = due - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            if data is None:
                try:
                    writer.write_eof()
                except OSError:
                    pass
                return
            writer.write(data)
            await writer.drain()

    task = asyncio.create_task(sender())
    try:
        while True:
            data = await reader.read(65536)
            await queue.put((loop.time() + delay, data if data else None))
            if not data:
                break
        await task
    except (ConnectionError, OSError):
        task.cancel()
    finally:
        try:
            writer.close()
        except OSError:
            pass


async def main():
    p = argparse.ArgumentParser()
    p.add_argument("--target", required=True)
    p.add_argument("--delay-ms", type=float, default=25.0)
    a = p.parse_args()
    host, port = a.target.rsplit(":", 1)
    delay = a.delay_ms / 1000.0

    async def handle(cr, cw):
        try:
            sr, sw = await asyncio.open_connection(host, int(port))
        except OSError:
            cw.close()
            return
        await asyncio.gather(pipe(cr, sw, delay), pipe(sr, cw, delay), return_exceptions=True)

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    print(json.dumps({"port": server.sockets[0].getsockname()[1]}), flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    loop.add_reader(sys.stdin, lambda: (sys.stdin.read(1) or stop.set()))
    await stop.wait()
    server.close()


asyncio.run(main())
