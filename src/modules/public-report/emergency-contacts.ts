// The numbers the "call 999" page gives. The children's services number is Hertfordshire County
// Council's published public number for Children's Services; it must be confirmed with the
// force and the council before go-live (and whenever it changes).
export const emergencyContacts = {
  emergency: { label: 'Police, in an emergency', number: '999', tel: '999' },
  textRelay: { label: 'If you cannot speak, from a registered phone: text', number: '999', tel: '999' },
  childrensServices: {
    label: 'Hertfordshire Children’s Services (a child at risk)',
    number: '0300 123 4043',
    tel: '03001234043',
  },
  police: { label: 'Police, when it is not an emergency', number: '101', tel: '101' },
} as const;
