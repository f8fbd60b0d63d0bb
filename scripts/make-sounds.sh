#!/usr/bin/env bash
# Makes the simulator's sound cues: synthesises each with sox, encodes it with ffmpeg as Ogg Opus and
# as MP3 (howler picks whichever the browser plays; Safari needs the MP3), and writes
# public/sounds/<cue>.ogg and public/sounds/<cue>.mp3. The files are committed, so building the site
# needs neither sox nor ffmpeg; run this again only after changing a sound here.
#
# Every cue is synthesised from sine tones (plus low filtered noise for the rumble), so there is no
# sample to license and no harsh noise. Cues are short, mono, low bitrate and peak well below full
# scale: the page is about reading, sound only confirms what happened.
#
# The cue names must match CUES in src/audio/cues.ts; tests/unit/audio-cues.test.ts checks that.
#
# Usage: bash scripts/make-sounds.sh
set -euo pipefail

usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; }
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  usage
  exit 0
fi
if [[ $# -gt 0 ]]; then
  { echo "unexpected argument \"$1\""; echo; usage; } >&2
  exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out_dir="$root/public/sounds"
rate=48000 # Opus works at 48 kHz; sox synthesises there and ffmpeg resamples for MP3.

missing=()
command -v sox >/dev/null 2>&1 || missing+=(sox)
command -v ffmpeg >/dev/null 2>&1 || missing+=(ffmpeg)
if ((${#missing[@]})); then
  echo "make-sounds: needs ${missing[*]}, which is not installed." >&2
  echo "  Debian/Ubuntu: sudo apt-get install -y sox libsox-fmt-all ffmpeg" >&2
  echo "  macOS (Homebrew): brew install sox ffmpeg" >&2
  exit 1
fi
# Listed once into a variable: `ffmpeg | grep -q` would fail under pipefail when grep stops reading early.
encoders="$(ffmpeg -hide_banner -encoders 2>/dev/null)"
for encoder in libopus libmp3lame; do
  if [[ "$encoders" != *" $encoder "* ]]; then
    echo "make-sounds: this ffmpeg has no $encoder encoder; install a full build (Debian's ffmpeg package has it)." >&2
    exit 1
  fi
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# calc EXPR: floating-point arithmetic, which bash lacks.
calc() { awk "BEGIN { printf \"%.4f\", $1 }"; }

# note OUT START LENGTH FREQ [ATTACK [SHAPE]]: a soft bell-like note (fundamental with quiet 2nd and
# 3rd overtones) that begins START seconds in and dies away over LENGTH seconds. SHAPE is sox's fade
# curve: t (linear) rings like a struck chime, h (half sine) holds longer, for chords.
# -R makes sox repeatable, so running the script twice gives the same files and no noisy diffs.
note() {
  local out=$1 start=$2 len=$3 freq=$4 attack=${5:-0.006} shape=${6:-t}
  sox -R -r "$rate" -c 3 -n -b 16 "$out" \
    synth "$len" sine "$freq" sine "$(calc "$freq * 2")" sine "$(calc "$freq * 3")" \
    remix 1v0.75,2v0.2,3v0.05 \
    fade "$shape" "$attack" "$len" "$(calc "$len - $attack")" \
    pad "$start" 0
}

# glide OUT LENGTH FROM TO: a sine sliding from FROM Hz to TO Hz, with its octave very quietly.
glide() {
  local out=$1 len=$2 from=$3 to=$4
  sox -R -r "$rate" -c 2 -n -b 16 "$out" \
    synth "$len" sine "$from-$to" sine "$(calc "$from * 2")-$(calc "$to * 2")" \
    remix 1v0.85,2v0.15 \
    fade q 0.01 "$len" "$(calc "$len * 0.6")"
}

# finish CUE PEAK_DB FILE...: mixes the parts, sets the peak level, adds a few milliseconds of silence
# so no player clips the tail, and encodes both formats. Peaks are -13 dBFS and below (quiet), chosen
# so that the loudest 50 ms (sox stats "RMS Pk") come out near -22 dB for every move and ending: a
# bad move is never louder than a good one. The frequent comment and reaction cues stay quieter.
finish() {
  local cue=$1 peak=$2
  shift 2
  local wav="$tmp/$cue.wav"
  if (($# > 1)); then
    sox -R -m "$@" "$wav" gain -n "$peak" pad 0 0.02
  else
    sox -R "$1" "$wav" gain -n "$peak" pad 0 0.02
  fi
  # bitexact: no encoder version or random stream serial in the files, so they are reproducible.
  ffmpeg -hide_banner -loglevel error -y -i "$wav" -map_metadata -1 -fflags +bitexact -flags:a +bitexact \
    -ac 1 -c:a libopus -b:a 32k -application audio "$out_dir/$cue.ogg"
  ffmpeg -hide_banner -loglevel error -y -i "$wav" -map_metadata -1 -fflags +bitexact -flags:a +bitexact \
    -ac 1 -ar 22050 -c:a libmp3lame -b:a 32k -id3v2_version 0 "$out_dir/$cue.mp3"
  printf '  %-20s %5.2f s  ogg %5d B  mp3 %5d B\n' "$cue" "$(soxi -D "$wav")" \
    "$(wc -c <"$out_dir/$cue.ogg")" "$(wc -c <"$out_dir/$cue.mp3")"
}

mkdir -p "$out_dir"
echo "make-sounds: synthesising cues into ${out_dir#"$root"/}"

# comment: a soft pop, a quick downward blip, like a bubble.
glide "$tmp/comment-1.wav" 0.1 950 520
finish comment -18 "$tmp/comment-1.wav"

# reaction: a tiny, high, very short tick; it may come often, so it is the quietest cue.
sox -R -r "$rate" -n -b 16 "$tmp/reaction-1.wav" synth 0.035 sine 1760 fade q 0.002 0.035 0.03 pad 0 0.06
finish reaction -20 "$tmp/reaction-1.wav"

# good: a rising fourth, G5 then C6, like a two-note chime.
note "$tmp/good-1.wav" 0 0.42 783.99
note "$tmp/good-2.wav" 0.13 0.5 1046.50
finish good -14 "$tmp/good-1.wav" "$tmp/good-2.wav"

# bad: a low tone falling gently from E4 to B3; sad, not an alarm.
glide "$tmp/bad-1.wav" 0.5 329.63 246.94
finish bad -19 "$tmp/bad-1.wav"

# ending-candystorm: a bright rising C major arpeggio, C5 E5 G5 C6 E6.
i=0
parts=()
for freq in 523.25 659.25 783.99 1046.50 1318.51; do
  note "$tmp/candy-$i.wav" "$(calc "$i * 0.08")" 0.45 "$freq"
  parts+=("$tmp/candy-$i.wav")
  i=$((i + 1))
done
finish ending-candystorm -13 "${parts[@]}"

# ending-calmed: C4 G4 C5 held while a suspended F4 resolves to E4: a gentle C major chord.
note "$tmp/calm-c4.wav" 0 1.1 261.63 0.06 h
note "$tmp/calm-g4.wav" 0.03 1.07 392.00 0.06 h
note "$tmp/calm-c5.wav" 0.06 1.04 523.25 0.06 h
note "$tmp/calm-f4.wav" 0 0.38 349.23 0.06 h
note "$tmp/calm-e4.wav" 0.35 0.75 329.63 0.04 h
finish ending-calmed -13 "$tmp"/calm-*.wav

# ending-smouldering: an open D-A-E chord, neither major nor minor, wavering slowly: not over yet.
note "$tmp/smoulder-d4.wav" 0 0.9 293.66 0.05 h
note "$tmp/smoulder-a4.wav" 0.04 0.86 440.00 0.05 h
note "$tmp/smoulder-e5.wav" 0.08 0.82 659.25 0.05 h
sox -R -m "$tmp"/smoulder-*.wav "$tmp/smoulder.wav" tremolo 5 35
finish ending-smouldering -14 "$tmp/smoulder.wav"

# ending-shitstorm: a short low rumble: filtered brown noise under a falling low tone. The tone's
# octave keeps it audible on small laptop and phone speakers that cannot play the fundamental.
sox -R -r "$rate" -n -b 16 "$tmp/storm-noise.wav" synth 0.8 brownnoise lowpass 180 lowpass 180 \
  fade q 0.08 0.8 0.5 vol 0.5
glide "$tmp/storm-tone.wav" 0.8 110 73.42
finish ending-shitstorm -14 "$tmp/storm-noise.wav" "$tmp/storm-tone.wav"

total=$(cat "$out_dir"/*.ogg "$out_dir"/*.mp3 | wc -c)
echo "make-sounds: done, $((total / 1024)) KB in ${out_dir#"$root"/}"
