package dev.autogen.it.corpus.id_class.v2;

import java.io.Serializable;

public class MembershipKey implements Serializable {
    Long memberId;

    Long clubId;
}
