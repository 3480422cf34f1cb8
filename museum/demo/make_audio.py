"""Regenerate the demo's audio guides: each transcript spoken by eSpeak NG's Vietnamese
voice, encoded as mono Ogg Opus at a voice bitrate.

    .venv/bin/python -m museum.demo.make_audio

Needs Debian's ``espeak-ng`` and ``opus-tools`` (``opusenc``), which CI and ``make run``
do not have: the files are generated once and committed, and ``load_demo`` only reads
them. A recording is named after its transcript's entry in the demo content
(``museum.demo.content.AUDIO_GUIDES``, ``knowledge.demo.content.RECORDINGS``), so a
changed transcript needs this script run again.

The transcripts are text the demo already shows; the voice reads them with units and
ranges spelt out (``1.400–2.200 m`` as "1.400 đến 2.200 mét"), because eSpeak NG
otherwise reads "m" as a letter and drops the dash. Nothing else is changed.
"""

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from knowledge.demo.content import RECORDINGS, recording_path
from museum.demo.content import AUDIO_GUIDES, SPEECH_CREDIT, audio_path

VOICE = "vi"
BITRATE_KBPS = 16  # plenty for one synthetic voice; keeps each file well under 100 KB

# Written forms eSpeak NG's Vietnamese voice misreads, and what a reader would say.
SPOKEN = [
    (re.compile(r"(\d)\s*–\s*(\d)"), r"\1 đến \2"),
    (re.compile(r"(\d) m\b"), r"\1 mét"),
    (re.compile(r"(\d) ha\b"), r"\1 héc-ta"),
    (re.compile(r"°C"), " độ C"),
    (re.compile(r"[“”\"]"), ""),
]


def spoken(text):
    """``text`` as the voice should read it: units and ranges in words."""
    for pattern, replacement in SPOKEN:
        text = pattern.sub(replacement, text)
    return text


def espeak_version():
    """The installed eSpeak NG's version, as its credit names it (e.g. "1.51")."""
    out = subprocess.run(["espeak-ng", "--version"], capture_output=True, text=True, check=True)
    return re.search(r"text-to-speech: (\S+)", out.stdout).group(1)


def speak(text, target):
    """Speak ``text`` into ``target`` (Ogg Opus, mono)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "speech.wav"
        subprocess.run(
            ["espeak-ng", "-v", VOICE, "-s", "150", "-w", str(wav), spoken(text)], check=True
        )
        subprocess.run(
            [
                "opusenc",
                "--quiet",
                "--bitrate",
                str(BITRATE_KBPS),
                "--downmix-mono",
                "--comp",
                "10",
                str(wav),
                str(target),
            ],
            check=True,
        )


def main():
    """Write every demo recording; prints each file and its size."""
    missing = [tool for tool in ("espeak-ng", "opusenc") if shutil.which(tool) is None]
    if missing:
        sys.exit(f"Needs {' and '.join(missing)} (Debian: apt install espeak-ng opus-tools).")
    version = espeak_version()
    print(f"eSpeak NG {version}")
    credits = [SPEECH_CREDIT, *(data["credit"] for data in RECORDINGS.values())]
    if any(credit != f"eSpeak NG {version}" for credit in credits):
        # The guides credit the program that spoke them: keep the credit true.
        print(f"Update the credits (museum/ and knowledge/demo/content.py) to {version}.")
    jobs = [(audio_path(name), text) for name, text in AUDIO_GUIDES.items()]
    jobs += [(recording_path(name), data["transcript"]) for name, data in RECORDINGS.items()]
    for target, text in jobs:
        speak(text, target)
        print(f"{target}: {target.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
