"""Document sets as Python ints (bit n set = document n), and their storage as blobs.

The embedded backend keeps, for each term, the set of documents that hold it
("postings"). A set is stored dense (a little-endian bitmap) when it holds at
least one document in 32, otherwise sparse (an array of 32-bit ids), so rare
terms such as one species' epithet cost a few bytes, and common ones 1 bit per
document. Python ints AND, OR and count bits at C speed, which is what turns a
query over 60,000 documents into a handful of big-int operations.
"""

from array import array

DENSE, SPARSE = b"D", b"S"
_ID_ARRAY = "I"  # 32-bit unsigned on every platform CPython supports


def decode(blob):
    """The set stored in ``blob`` as an int."""
    if not blob:
        return 0
    tag, payload = blob[:1], blob[1:]
    if tag == DENSE:
        return int.from_bytes(payload, "little")
    ids = array(_ID_ARRAY)
    ids.frombytes(payload)
    return from_ids(ids)


def encode(bits):
    """``bits`` as a blob: sparse while it holds fewer than one document in 32."""
    count = bits.bit_count()
    length = (bits.bit_length() + 7) // 8
    if count * 32 >= length * 8:
        return DENSE + bits.to_bytes(length, "little")
    return SPARSE + array(_ID_ARRAY, ids(bits)).tobytes()


def from_ids(docids):
    """An int with the bits of ``docids`` set."""
    docids = list(docids)
    if not docids:
        return 0
    buffer = bytearray(max(docids) // 8 + 1)
    for docid in docids:
        buffer[docid >> 3] |= 1 << (docid & 7)
    return int.from_bytes(buffer, "little")


def ids(bits):
    """The document ids in ``bits``, ascending."""
    out = []
    data = bits.to_bytes((bits.bit_length() + 7) // 8, "little")
    for index, byte in enumerate(data):
        if byte:
            base = index * 8
            for bit in range(8):
                if byte >> bit & 1:
                    out.append(base + bit)
    return out


def first(bits, count, order, rank):
    """The first ``count`` documents of ``bits`` in the order of ``order`` (a list of ids;
    ``rank`` maps id -> position). A dense set is found by walking the order, a sparse one
    by sorting its few ids."""
    if count <= 0 or not bits:
        return []
    size = bits.bit_count()
    if size <= 4096:
        found = ids(bits)
        found.sort(key=lambda d: rank.get(d, len(rank)))
        return found[:count]
    data = bits.to_bytes((bits.bit_length() + 7) // 8, "little")
    limit = len(data) * 8
    out = []
    for docid in order:
        if docid < limit and data[docid >> 3] >> (docid & 7) & 1:
            out.append(docid)
            if len(out) == count:
                break
    return out
