/** English texts of the facilitator's room screen and the room on the projector; loaded with the workshop and the audience view. de.ts has exactly the same keys: the compiler checks it. */
export const en = {
  roomScreen: {
    notRunning: 'Room mode is not open. Start it on the overview.',
    toOverview: 'To the overview',
    openScreen: 'Open the room screen',
    join: {
      scan: 'Scan the code with the phone’s camera, or type the address into the phone’s browser.',
      qr: 'QR code of the address {{url}}',
      address: 'Address',
      code: 'Room code',
      otherAddresses: 'Further addresses of this laptop'
    },
    network: {
      title: 'The room’s network',
      noInternet: 'Room mode needs no internet. The phones only have to reach this laptop on the same network, in one of two ways:',
      venueTitle: 'Venue Wi-Fi',
      venue: 'The laptop and the phones join the same Wi-Fi. In most meeting rooms that is all it takes.',
      hotspotTitle: 'The laptop’s hotspot',
      hotspot:
        'Turn on the hotspot in the laptop’s network settings and let the phones join it. This works anywhere, even without any Wi-Fi. Your own phone’s hotspot works too, as long as the laptop joins it as well.',
      isolationTitle: 'When phones cannot connect',
      isolation:
        'Guest networks and many company Wi-Fis keep devices apart (“client isolation”): the phones reach the internet but not this laptop, and the page does not load. Switch to the hotspot then.',
      testFirst: 'Test it before the room fills up: open the address on your own phone, on the network the participants will use.',
      restart: 'After switching networks, end room mode and start it again: the address changes.'
    },
    questions: {
      title: 'Open on the phones',
      intro: 'What you open here appears on every phone at once; closing it takes it away again. Answers already sent are kept.',
      rate: 'Rate the friction areas (1–5)',
      rateNone: 'Step 1 has no named friction areas yet.',
      cards: 'Cards',
      cardKinds: {
        voice: 'Voices (anonymous)',
        giveGet: 'Gives & gets',
        concern: 'Concerns',
        parking: 'Parking lot'
      },
      dots: 'Dot vote',
      dotsOpen: 'Open the dot vote',
      dotsSubject: 'Vote on',
      subjects: {
        friction: 'Friction areas',
        action: 'Actions',
        concern: 'Concerns'
      },
      dotsCount: 'Dots per person',
      dotsNone: 'This list has nothing to vote on yet.',
      agree: 'Agree / not yet',
      agreeOpen: 'Ask the room',
      agreeSubject: 'On',
      mql: 'MQL definition',
      sql: 'SQL definition',
      commitments: 'Commitments',
      agreeEmpty: 'There is no text for this yet: write it in its step first.',
      agreeNote: 'The room still decides: mark it agreed in its step once marketing and sales accept it.'
    },
    projector: {
      title: 'On the projector',
      hint: 'The phones show the same below their questions. The audience view shows it while you are on this page.',
      kinds: {
        nothing: 'Only how to join',
        cards: 'Released cards',
        heatmap: 'Heat map',
        dots: 'Dot vote results',
        agreement: 'Agreement per team'
      },
      cardKind: 'Which cards'
    },
    sync: {
      failed: 'The phones could not be updated: they still show the previous state.',
      retry: 'Try again'
    },
    queue: {
      title: 'Moderation',
      intro: 'Cards from the phones wait here. Only what you release goes into its list and onto the projector. Undo takes back each step.',
      empty: 'No cards waiting.',
      waiting: 'Waiting cards',
      released: 'Released',
      hidden: 'Hidden',
      release: 'Release',
      whichSide: 'Which side does this card belong to?',
      cancel: 'Cancel',
      hide: 'Hide',
      mergeInto: 'Merge into …',
      merge: 'Merge',
      mergedHere: 'Merged into this card',
      requeue: 'Back to the queue',
      problems: {
        missing: 'This card no longer exists – was it undone in another window?',
        merged: 'This card is now part of another card: moderate that one instead.',
        sideNeeded: 'Choose the side this card belongs to.',
        notMergeable: 'These two cards cannot be merged.',
        failed: 'That could not be saved. Please try again.'
      }
    },
    projection: {
      noCards: 'No cards released yet.',
      dots_one: '{{number}} dot',
      dots_other: '{{number}} dots',
      team: 'Team',
      agree: 'Agree',
      notYet: 'Not yet'
    },
    everybodyOut: {
      button: 'Everybody out',
      title: 'Everybody out?',
      message:
        'All phones leave the room and must scan the new code. The current address and room code stop working at once; answers already sent are kept.',
      confirm: 'Everybody out',
      done: 'New address and room code: every phone must join again.',
      failed: 'The room did not get a new address, so the phones are still in. Please try again.'
    }
  }
}
