"""The value chain's demo content: the facts the fact sheet holds, and a marked sample set."""
