"""The torch network of the neural tagger (training time only: needs torch).

Per token form: the fastText vectors of the whole token and of its clitic-free core, a character CNN
over the normalised token, and a small vector of categorical features (:mod:`marsad.ner.neural.inputs`)
are mixed into one representation (:class:`FormNet`, cached per form at inference). A bidirectional
LSTM reads these with the sentence's gazetteer matches (:class:`SentenceNet`) and a linear layer
gives one score per BIO tag (the emissions); a linear-chain CRF over the tags is trained on top. Only
the emission network is exported to ONNX; the CRF's transition scores go beside it and Viterbi
decoding runs in numpy (:func:`marsad.ner.neural.viterbi.viterbi`).

The backward LSTM runs forwards over each sentence reversed in place (``rev`` gives, per sentence, the
positions in reverse order, padding left where it is): padding then only ever follows the words, so a
sentence gets the same scores whatever batch it is in, and the exported graph needs no packed
sequences. The two parts are exported as two ONNX graphs.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import torch
from torch import nn


@dataclass
class NetConfig:
    vec_dim: int = 200
    """Width of the word-vector input (two fastText vectors of 100)."""
    n_chars: int = 100
    char_dim: int = 32
    char_filters: int = 64
    n_feats: int = 32
    n_matches: int = 10
    proj_dim: int = 128
    """Width of a token form's representation (the LSTM input)."""
    hidden: int = 100
    word_vocab: int = 1
    """Size of the trainable word embedding's vocabulary (id 0: not in the training vocabulary)."""
    word_dim: int = 0
    """Width of the trainable word embedding (0: none)."""
    word_dropout: float = 0.1
    """In training, the share of word ids replaced by 0, so the model also learns to do without."""
    n_tags: int = 9
    dropout: float = 0.5

    def to_dict(self) -> dict[str, float]:
        return asdict(self)


class FormNet(nn.Module):
    """A token form (vectors, characters, features) → its representation ``[N, proj_dim]``.

    It depends on the form only, so at inference it runs once per distinct form and is cached.
    """

    def __init__(self, cfg: NetConfig) -> None:
        super().__init__()
        self.char_emb = nn.Embedding(cfg.n_chars, cfg.char_dim, padding_idx=0)
        self.char_conv = nn.Conv1d(cfg.char_dim, cfg.char_filters, kernel_size=3, padding=1)
        self.word_dim = cfg.word_dim
        self.word_dropout = cfg.word_dropout
        if cfg.word_dim:
            self.word_emb = nn.Embedding(cfg.word_vocab, cfg.word_dim, padding_idx=0)
        self.mix = nn.Linear(cfg.vec_dim + cfg.char_filters + cfg.n_feats + cfg.word_dim, cfg.proj_dim)

    def forward(
        self, vecs: torch.Tensor, chars: torch.Tensor, feats: torch.Tensor, words: torch.Tensor
    ) -> torch.Tensor:
        ce = self.char_emb(chars).transpose(1, 2)  # [N, char_dim, C]
        cf = torch.relu(self.char_conv(ce)).amax(dim=2)
        parts = [vecs, cf, feats]
        if self.word_dim:
            if self.training and self.word_dropout > 0:
                words = words.masked_fill(torch.rand(words.shape) < self.word_dropout, 0)
            parts.append(self.word_emb(words))
        return torch.tanh(self.mix(torch.cat(parts, dim=1)))


class SentenceNet(nn.Module):
    """Form representations + gazetteer matches of a padded batch → emission scores ``[B, T, n_tags]``."""

    def __init__(self, cfg: NetConfig) -> None:
        super().__init__()
        width = cfg.proj_dim + cfg.n_matches
        self.drop = nn.Dropout(cfg.dropout)
        self.fwd = nn.LSTM(width, cfg.hidden, batch_first=True)
        self.bwd = nn.LSTM(width, cfg.hidden, batch_first=True)
        self.out = nn.Linear(2 * cfg.hidden, cfg.n_tags)

    def states(self, x: torch.Tensor, match: torch.Tensor, rev: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """The forward and backward LSTM states ``[B, T, hidden]`` (the backward one back in word order)."""
        x = self.drop(torch.cat([x, match], dim=2))
        hf, _ = self.fwd(x)
        hb, _ = self.bwd(torch.gather(x, 1, rev.unsqueeze(2).expand(-1, -1, x.shape[2])))
        hb = torch.gather(hb, 1, rev.unsqueeze(2).expand(-1, -1, hb.shape[2]))
        return hf, hb

    def forward(self, x: torch.Tensor, match: torch.Tensor, rev: torch.Tensor) -> torch.Tensor:
        hf, hb = self.states(x, match, rev)
        return self.out(self.drop(torch.cat([hf, hb], dim=2)))


class Encoder(nn.Module):
    """Both parts together, for training: token inputs of a padded batch → emission scores."""

    form: nn.Module
    sentence: nn.Module

    def __init__(self, cfg: NetConfig) -> None:
        super().__init__()
        self.cfg = cfg
        self.form = FormNet(cfg)
        self.sentence = SentenceNet(cfg)

    def forward(
        self,
        vecs: torch.Tensor,
        chars: torch.Tensor,
        feats: torch.Tensor,
        match: torch.Tensor,
        words: torch.Tensor,
        rev: torch.Tensor,
    ) -> torch.Tensor:
        return self.sentence(self.forms(vecs, chars, feats, words), match, rev)

    def forms(self, vecs: torch.Tensor, chars: torch.Tensor, feats: torch.Tensor, words: torch.Tensor) -> torch.Tensor:
        """The form representations of a padded batch, ``[B, T, proj_dim]``."""
        b, t, _ = vecs.shape
        x = self.form(vecs.reshape(b * t, -1), chars.reshape(b * t, -1), feats.reshape(b * t, -1), words.reshape(-1))
        return x.reshape(b, t, -1)


class Crf(nn.Module):
    """Linear-chain CRF: negative log-likelihood for training (Viterbi runs in numpy)."""

    def __init__(self, n_tags: int) -> None:
        super().__init__()
        self.trans = nn.Parameter(torch.zeros(n_tags, n_tags))  # trans[i, j]: score of tag i → tag j
        self.start = nn.Parameter(torch.zeros(n_tags))
        self.end = nn.Parameter(torch.zeros(n_tags))

    def nll(self, em: torch.Tensor, tags: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Mean negative log-likelihood; ``mask`` [B, T] is 1 on words (every sentence has ≥ 1 word)."""
        b, t, _ = em.shape
        maskf = mask.float()
        # score of the gold path
        ar = torch.arange(b).unsqueeze(1)
        emit = em[ar, torch.arange(t).unsqueeze(0), tags]  # [B, T]
        steps = self.trans[tags[:, :-1], tags[:, 1:]]  # [B, T-1]
        last = tags[torch.arange(b), mask.sum(1) - 1]
        score = self.start[tags[:, 0]] + (emit * maskf).sum(1) + (steps * maskf[:, 1:]).sum(1) + self.end[last]
        # log partition (forward algorithm)
        alpha = self.start.unsqueeze(0) + em[:, 0]  # [B, K]
        for i in range(1, t):
            nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans.unsqueeze(0), dim=1) + em[:, i]
            m = maskf[:, i].unsqueeze(1)
            alpha = nxt * m + alpha * (1 - m)
        logz = torch.logsumexp(alpha + self.end.unsqueeze(0), dim=1)
        return (logz - score).mean()


class FormEnsemble(nn.Module):
    """The form networks of several models side by side: one row holds each member's representation."""

    def __init__(self, members: list[nn.Module]) -> None:
        super().__init__()
        self.members = nn.ModuleList(members)

    def forward(
        self, vecs: torch.Tensor, chars: torch.Tensor, feats: torch.Tensor, words: torch.Tensor
    ) -> torch.Tensor:
        return torch.cat([m(vecs, chars, feats, words) for m in self.members], dim=1)


class SentenceEnsemble(nn.Module):
    """The sentence networks of several models, each on its member's slice of the form rows; the
    emission scores are their mean (with the mean of the CRF scores, Viterbi finds the path the members'
    summed scores prefer)."""

    def __init__(self, members: list[nn.Module], width: int) -> None:
        super().__init__()
        self.members = nn.ModuleList(members)
        self.width = width

    def forward(self, x: torch.Tensor, match: torch.Tensor, rev: torch.Tensor) -> torch.Tensor:
        parts = torch.split(x, self.width, dim=2)
        return torch.stack([m(p, match, rev) for m, p in zip(self.members, parts, strict=True)]).mean(dim=0)


class EncoderEnsemble(Encoder):
    """Several trained encoders as one (training-time evaluation and export); runs as an :class:`Encoder`."""

    def __init__(self, members: list[Encoder]) -> None:
        nn.Module.__init__(self)  # the parts are the members', not new networks
        self.cfg = members[0].cfg
        self.form = FormEnsemble([m.form for m in members])
        self.sentence = SentenceEnsemble([m.sentence for m in members], self.cfg.proj_dim)


def mean_crf(crfs: list[Crf]) -> Crf:
    """A CRF whose scores are the mean of ``crfs``'."""
    out = Crf(crfs[0].trans.shape[0])
    with torch.no_grad():
        for name in ("trans", "start", "end"):
            getattr(out, name).copy_(torch.stack([getattr(c, name) for c in crfs]).mean(dim=0))
    return out
