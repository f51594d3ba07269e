"""The words a fingerprint is read aloud in: 256 short, concrete English words that Thai
staff can say on the phone and picture (an apple, a boat), one per byte. Fixed for ever: two
versions of the app must read the same fingerprint as the same words."""

from __future__ import annotations

WORDS: tuple[str, ...] = tuple(
    """
    acid acorn actor adult agent alarm album alert alley amber angle ankle apple april apron
    arena arrow atlas aunt award bacon badge baker banjo beach beard bench berry bison blade
    blank blaze blend bloom board boat bonus boot bread brick bride brush bucket cabin cable
    cake camel candy canoe cargo carpet castle cedar chair chalk cheek chess chief child
    cider cigar cliff clock cloud coach cobra cocoa comet coral couch crane crown cup daisy
    dance delta denim desk diary dingo diver dock dog dolphin donkey door dove dragon drum
    duck eagle earth easel echo eel egg elbow elder ember engine fabric falcon farm feast
    fence ferry field finch fire flag flute foam forest fox frog fruit gecko ghost giant
    ginger glass globe glove goat grape gravel guitar hammer harbor hawk heart hedge helmet
    hill honey horse hotel house igloo index iris iron island ivory jacket jaguar jam jeans
    jelly jewel juice jungle kayak kettle key kite kiwi knee ladder lake lamp lemon lens
    lily lion llama lobster lotus lunch magnet mango maple marble market melon metal mint
    mirror monkey moon motor mouse mule nail needle nest noodle nut oak oasis ocean olive
    onion orange orbit otter owl paddle palm panda paper parrot peach pearl pencil pepper
    piano pillow pilot pine pizza planet plum pony potato puzzle quail queen quilt rabbit
    radio rain raven reef rice river robin rocket rose ruby saddle salad salmon sand scarf
    seal shark sheep shell ship silver skate sky snake socks sofa spider spoon squid star
    stone sugar sun swan table tiger
    """.split()
)
assert len(WORDS) == 256 and len(set(WORDS)) == 256
