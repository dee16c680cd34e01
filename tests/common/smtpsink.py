#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A throwaway SMTP server for tests: aiosmtpd on 127.0.0.1 that saves every message it
accepts to DIR as message-N.eml, with the envelope, whether the session was TLS and who
logged in as X-Sink-* headers in front.

    smtpsink.py DIR [--tls CERT KEY] [--user NAME PASSWORD]

--tls offers STARTTLS with that certificate and refuses mail before it; --user requires
AUTH (over TLS) with that name and password. Prints "READY <port>" once it listens and
runs until its stdin closes (the test's QProcess ends) or it gets SIGTERM.
Needs Debian's python3-aiosmtpd: run it with /usr/bin/python3."""

import argparse
import os
import socket
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


class Saver:
    def __init__(self, directory):
        self.directory = directory
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        path = os.path.join(self.directory, "message-%d.eml" % self.count)
        user = ""
        if session.authenticated and isinstance(session.auth_data, bytes):
            user = session.auth_data.decode()
        head = (
            "X-Sink-From: %s\r\nX-Sink-To: %s\r\nX-Sink-TLS: %s\r\nX-Sink-User: %s\r\n"
            % (envelope.mail_from, ",".join(envelope.rcpt_tos),
               "yes" if session.ssl is not None else "no", user)
        ).encode()
        # Written aside and renamed, so the test never reads half a message.
        with open(path + ".part", "wb") as out:
            out.write(head)
            out.write(envelope.original_content or envelope.content)
        os.rename(path + ".part", path)
        return "250 Message accepted for delivery"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("directory")
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--user", nargs=2, metavar=("NAME", "PASSWORD"))
    args = parser.parse_args()

    options = {}
    if args.tls:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.tls[0], args.tls[1])
        options.update(tls_context=context, require_starttls=True)
    if args.user:
        name, password = args.user[0].encode(), args.user[1].encode()

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = auth_data.login == name and auth_data.password == password
            return AuthResult(success=ok, handled=False,
                              auth_data=auth_data.login if ok else None)

        options.update(authenticator=authenticator, auth_required=True,
                       auth_require_tls=bool(args.tls))
    port = free_port()
    controller = Controller(Saver(args.directory), hostname="127.0.0.1", port=port, **options)
    controller.start()
    print("READY %d" % port, flush=True)
    try:
        sys.stdin.read()  # until the test closes our stdin or kills us
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
