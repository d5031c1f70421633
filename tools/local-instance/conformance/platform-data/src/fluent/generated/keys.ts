import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    bom_json: {
                        table: 'sys_module'
                        id: '5e4ab07de88e48e8b5d689576663ed62'
                    }
                    'cat-item': {
                        table: 'sc_cat_item'
                        id: '57d3cbbce8d1423b8746689fd45d135d'
                    }
                    'ci-laptop': {
                        table: 'cmdb_ci_computer'
                        id: '58bd79a25451414ebfa2da34d451d71c'
                    }
                    'ci-laptop-2': {
                        table: 'x_conf_data_laptop'
                        id: 'eba31c594f8b46d1bbec5c1a2646d913'
                    }
                    'incident-demo-1': {
                        table: 'incident'
                        id: '29292e9c09164853a21954917493cb77'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '7a2646aeaa50409696477e064116d10f'
                    }
                    'problem-1': {
                        table: 'problem'
                        id: 'cfa8d870b201425a8ef81d36f80e5c8d'
                    }
                    'ticket-first-install': {
                        table: 'x_conf_data_ticket'
                        id: '1143422257024a6eb730911aba0b0e4a'
                    }
                    'user-grace': {
                        table: 'sys_user'
                        id: 'd9fcecea84d5444fa20f7265ca1dcd92'
                    }
                }
                composite: [
                    {
                        table: 'sys_documentation'
                        id: '0fb317941e5d4302b51c8fb22e3c86ff'
                        key: {
                            name: 'incident'
                            element: 'x_conf_data_note'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '14f9a8c47a4f474e9f75e3daf2fa1944'
                        key: {
                            name: 'incident'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '16ffa74ebe6f4ba69665ba0187a1e727'
                        key: {
                            name: 'incident'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1d9efcd693844f45bc99c2d45c0eb77f'
                        key: {
                            name: 'x_conf_data_ticket'
                            element: 'requester'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '31e5a7aa1584436b98c7a2d67c91f25b'
                        key: {
                            name: 'x_conf_data_laptop'
                            element: 'purchased_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '370709db0dcb494689ff2fc1c8a15b9b'
                        key: {
                            name: 'x_conf_data_ticket'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '38968210ab024bf796554ae2e7c5a538'
                        key: {
                            name: 'x_conf_data_ticket'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '3ea1e084ae004510b2a75159b365b29c'
                        key: {
                            name: 'x_conf_data_laptop'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '40b75335fb6b4260805a59602f94843b'
                        key: {
                            name: 'x_conf_data_laptop'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '472d48e6f9d044f9aa21fd67b13403b4'
                        key: {
                            name: 'problem'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '497e12dfecec4dae9258b7cd40b02c6b'
                        key: {
                            name: 'x_conf_data_laptop'
                            element: 'x_keyboard_layout'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '499c91f210ed450a97c19c55731354e3'
                        key: {
                            name: 'x_conf_data_ticket'
                            element: 'colour'
                            value: 'blue'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '59c045d52cab4a5196d435ae8411e5c8'
                        key: {
                            name: 'incident'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '63412ac513f14448adec2f185e0c0aee'
                        key: {
                            name: 'x_conf_data_laptop'
                            element: 'purchased_at'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '6a3c8b6db3714aeb9c4e173dc470bec4'
                        key: {
                            name: 'problem'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7048a79cfec244018deec1f2e546c5d0'
                        key: {
                            name: 'x_conf_data_ticket'
                            element: 'colour'
                            value: 'red'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '77025ff9226943438e966082883f42db'
                        key: {
                            name: 'problem'
                            element: 'x_conf_data_flag'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '7729e12a7f2541cdbc3dc00bdac9652a'
                        key: {
                            name: 'x_conf_data_laptop'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '93ba4843576341a29a37fffd4e6f8a94'
                        key: {
                            name: 'problem'
                            element: 'x_conf_data_flag'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9b4b52b920a0460d8efab41b7e9154cd'
                        key: {
                            name: 'x_conf_data_ticket'
                            element: 'colour'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9de39eb930c849d899c56c5417458e3f'
                        key: {
                            name: 'x_conf_data_laptop'
                            element: 'x_keyboard_layout'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a0ba609bab6a45cfbf8a0a3aa7f10f1a'
                        key: {
                            name: 'x_conf_data_ticket'
                            element: 'colour'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a1093a08f86d44c9a98ca8eb9916f6cc'
                        key: {
                            name: 'x_conf_data_laptop'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b4663fb67c5844058218077beaf44f31'
                        key: {
                            name: 'x_conf_data_ticket'
                            element: 'requester'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'bc0cbf3879a34fbb9e1ccc77aea14aba'
                        key: {
                            name: 'x_conf_data_ticket'
                            element: 'colour'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'be92e92d297841ffa478e7bac22f45ea'
                        key: {
                            name: 'x_conf_data_ticket'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bfeb7c83648c41798f90697aa2457333'
                        key: {
                            name: 'incident'
                            element: 'x_conf_data_note'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c17f412c5ec64318bf6f382b90f268d5'
                        key: {
                            name: 'x_conf_data_ticket'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c47d5e94b50c4f8c9fc9499d79e79626'
                        key: {
                            name: 'x_conf_data_ticket'
                            element: 'noticed_at'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd26300d801d9444cb2a04727c8a87358'
                        key: {
                            name: 'x_conf_data_ticket'
                            element: 'channel'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd311d273dc2247aab6c3aa1bee4fb041'
                        key: {
                            name: 'x_conf_data_ticket'
                            element: 'channel'
                        }
                    },
                    {
                        table: 'sys_number'
                        id: 'd7795fcd99ac41b2850b5aef14dfb31a'
                        key: {
                            category: 'x_conf_data_ticket'
                            prefix: 'TKT'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e4b79ea4f7a64e4e80c4f6710b382e69'
                        key: {
                            name: 'problem'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary_override'
                        id: 'ed76dda0d83e465b991ad219bf526b5d'
                        key: {
                            name: 'x_conf_data_ticket'
                            element: 'priority'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f6d3750807d64b31b3240bd330a05fd2'
                        key: {
                            name: 'x_conf_data_ticket'
                            element: 'noticed_at'
                            language: 'en'
                        }
                    },
                ]
            }
        }
    }
}
